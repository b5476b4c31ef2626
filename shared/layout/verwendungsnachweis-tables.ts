import { VN_LABELS } from "../filing/labels";
import type { SheetSpec, TableSpec } from "./layout-types";

export const VN_PERSONAL_SHEET = "Personal";
export const VN_BUDGET_SHEET = "Budgetzeilen";

const BUDGET_TITLE = "4. Aufteilung der Kosten auf Projekte/ Angebote/ Maßnahmen";

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
  start: "A4",
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
    texts: [
      { address: "A1", text: VN_LABELS.personal.title, style: "title" },
      {
        address: "A2",
        text: "Eine Zeile je Person; weitere Personen direkt unter der Tabelle anfügen.",
        style: "note",
      },
    ],
    echoes: [{ address: "F2", name: "VN_personal_summe", type: "amount", caption: "Summe Personalkosten" }],
    columnWidths: personal.columns.map((c) => c.width),
    protect: false,
    landscape: false,
    printTitleRows: "4:4",
  },
  {
    name: VN_BUDGET_SHEET,
    texts: [
      { address: "A1", text: BUDGET_TITLE, style: "title" },
      { address: "A2", text: "Höchstens {budgetMaxZeilen} Zeilen.", style: "note" },
    ],
    columnWidths: budget.columns.map((c) => c.width),
    protect: false,
    landscape: false,
    printTitleRows: "4:4",
  },
];
