import { VN_LABELS } from "../filing/labels";
import type { SheetSpec, TableSpec } from "./layout-types";

export const VN_PERSONAL_SHEET = "Personal";
export const VN_BUDGET_SHEET = "Budgetzeilen";

const BUDGET_TITLE = "4. Aufteilung der Kosten auf Projekte/ Angebote/ Maßnahmen:";

// Widths add up to about one A4 page in portrait: the print stays upright like the form and is
// scaled down only a little to fit the width.
const personal: TableSpec = {
  name: "tblPersonal",
  sheet: VN_PERSONAL_SHEET,
  start: "A4",
  path: ["personal", "zeilen"],
  label: VN_LABELS.personal.title,
  blankRows: 8,
  columns: [
    { key: "name", header: "Name", type: "text", width: 18 },
    { key: "vorname", header: "Vorname", type: "text", width: 14 },
    { key: "qualifikation", header: "Qualifikation", type: "text", width: 24 },
    { key: "verguetungsgruppe", header: "Vergütungsgruppe", type: "text", width: 19 },
    { key: "stellenanteil", header: "Stellenanteil", type: "percent", width: 14 },
    { key: "personalkosten", header: "Personalkosten", type: "amount", width: 17 },
  ],
};

const budget: TableSpec = {
  name: "tblBudget",
  sheet: VN_BUDGET_SHEET,
  // Column A numbers the lines „1.“–„12.“ as the paper does (findings say „Zeile 3“).
  start: "B4",
  numbered: true,
  path: ["budget", "zeilen"],
  label: BUDGET_TITLE,
  blankRows: 12,
  maxRows: "budgetMaxZeilen",
  columns: [
    { key: "beschreibung", header: "Projekt/ Angebot/ Maßnahme", type: "text", width: 60 },
    { key: "betrag", header: "Betrag", type: "amount", width: 18 },
  ],
};

export const VN_TABLES: TableSpec[] = [personal, budget];

/** Each table on a sheet of its own, its total in the title area (nothing may sit below a table). */
export const VN_TABLE_SHEETS: SheetSpec[] = [
  {
    name: VN_PERSONAL_SHEET,
    // How to add rows is for the screen: row 1 stands above the print area.
    texts: [
      {
        address: "A1",
        text: "Eine Zeile je Person. Reichen die Zeilen nicht: in Excel direkt unter der Tabelle weiterschreiben (die Tabelle wächst mit), in LibreOffice in der Tabelle Zeilen einfügen (Rechtsklick › Zeilen einfügen).",
        style: "note",
        screenOnly: true,
      },
      { address: "A2", text: VN_LABELS.personal.title, style: "title" },
    ],
    echoes: [{ address: "F3", name: "VN_personal_summe", type: "amount", caption: "Summe Personalkosten" }],
    columnWidths: personal.columns.map((c) => c.width),
    protect: false,
    landscape: false,
    printTitleRows: "4:4",
  },
  {
    name: VN_BUDGET_SHEET,
    texts: [
      { address: "A1", text: "Höchstens {budgetMaxZeilen} Zeilen.", style: "note", screenOnly: true },
      { address: "A2", text: BUDGET_TITLE, style: "title" },
    ],
    columnWidths: [5, ...budget.columns.map((c) => c.width)],
    protect: false,
    landscape: false,
    printTitleRows: "4:4",
  },
];
