import { JB_PROMPTS, promptText } from "../filing/jahresbericht-prompts";
import { JB_LABELS } from "../filing/labels";
import type { ColumnSpec, SheetSpec, TableSpec } from "./layout-types";

const stufe: ColumnSpec = {
  key: "stufe",
  header: "Stufe der Wirkungstreppe",
  type: "choice",
  choices: "wirkungstreppe",
  width: 30,
};

/** Each table on a sheet of its own: Excel shifts only the table's columns when a row is inserted. */
const table = (name: string, sheet: string, spec: Omit<TableSpec, "name" | "sheet" | "start">) => ({
  ...spec,
  name,
  sheet,
  start: "A4",
});

/**
 * The repeating parts of Anlage 1, each an Excel table on a sheet of its own. Column widths add up
 * to about one A4 page in portrait (texts wrap), so the whole report prints upright. `optional`:
 * the tables JB-INHALT does not ask for (tests/workbook/print-empty-tables.test.ts keeps the two
 * in step); an empty one prints no page in a version as filed.
 */
export const JB_TABLES: TableSpec[] = [
  table("tblInhalt", "2. Inhalt", {
    optional: true,
    path: ["gegenstand", "inhalt"],
    label: JB_LABELS.gegenstand.inhalt,
    blankRows: 10,
    // 70, not wider: LibreOffice printed a single 80-wide column unscaled past the paper's edge
    // (fit-to-width did not shrink it); tests/workbook/print-jahresbericht.test.ts checks the right margin.
    columns: [{ key: "", header: "Angebot/ Projekt", type: "text", width: 70 }],
  }),
  table("tblLoesungsansaetze", "2.3 Lösungsansätze", {
    path: ["loesungsansaetze"],
    label: JB_LABELS.loesungsansaetze.title,
    blankRows: 8,
    columns: [
      { key: "zielgruppe", header: "Zielgruppe", type: "text", width: 18 },
      { key: "leistung", header: "Leistung", type: "longText", width: 28 },
      { key: "erwarteteWirkung", header: "Erwartete Wirkung", type: "longText", width: 28 },
      stufe,
    ],
  }),
  table("tblPersonelleRessourcen", "3.2 Personelle Ressourcen", {
    optional: true,
    path: ["personelleRessourcen"],
    label: JB_LABELS.personelleRessourcen.title,
    blankRows: 10,
    columns: [
      {
        key: "gruppe",
        header: "Gruppe",
        type: "choice",
        choices: "personengruppe",
        width: 28,
      },
      { key: "bezeichnung", header: "Person/ Organisation", type: "text", width: 24 },
      { key: "stunden", header: "Stunden", type: "number", width: 10 },
      { key: "taetigkeiten", header: "Tätigkeiten", type: "longText", width: 40 },
    ],
  }),
  table("tblLeistungen", "3.3 Leistungen", {
    path: ["leistungen"],
    label: JB_LABELS.leistungen.title,
    blankRows: 14,
    columns: [
      {
        key: "art",
        header: "Art",
        type: "choice",
        choices: "leistungsart",
        width: 30,
      },
      { key: "beschreibung", header: "Beschreibung", type: "longText", width: 70 },
    ],
  }),
  table("tblWirkungen", "3.4 Wirkungen", {
    path: ["wirkungen"],
    label: JB_LABELS.wirkungen.title,
    blankRows: 8,
    columns: [
      { key: "ressourcen", header: "Eingesetzte Ressourcen", type: "longText", width: 22 },
      { key: "leistungen", header: "Erbrachte Leistungen", type: "longText", width: 24 },
      { key: "wirkung", header: "Erzielte Wirkung", type: "longText", width: 24 },
      stufe,
    ],
  }),
  table("tblAngebote", "3.5 Angebote", {
    optional: true,
    path: ["angebote"],
    label: JB_LABELS.angebote.title,
    blankRows: 10,
    columns: [
      { key: "bezeichnung", header: "Angebotsbezeichnung", type: "text", width: 26 },
      { key: "verantwortlich", header: "Verantwortlich", type: "text", width: 20 },
      { key: "zeiten", header: "Zeiten", type: "text", width: 17 },
      { key: "teilnehmerzahl", header: "Teilnehmerzahl", type: "integer", width: 15 },
      { key: "finanzierung", header: "Form der Finanzierung", type: "text", width: 22 },
    ],
  }),
];

/** The paper's sentence (and prompts) for each table, word for word. */
const NOTES: Record<string, string> = {
  tblInhalt: "Im Folgenden wird über diese Angebote und Projekte berichtet (eine Zeile je Angebot/ Projekt).",
  tblLoesungsansaetze:
    "Zielgruppe · Leistung · Erwartete Wirkung, mit der Stufe der Wirkungstreppe (Anlage 2).",
  tblPersonelleRessourcen: promptText(JB_PROMPTS.personelleRessourcen),
  tblLeistungen: promptText(JB_PROMPTS.leistungen),
  tblWirkungen: promptText(JB_PROMPTS.wirkungen),
  tblAngebote: promptText(JB_PROMPTS.angebote),
};

/** Sheet titles where the field's label is a sentence of the form rather than a heading. */
const TITLES: Record<string, string> = { tblInhalt: "2. Inhalt: Angebote und Projekte" };

export const jbTableSheet = (t: TableSpec): SheetSpec => ({
  name: t.sheet,
  texts: [
    { address: "A1", text: TITLES[t.name] ?? t.label, style: "title" },
    // The form's own sentence for the table: printed at the weight of the form's other sentences.
    { address: "A2", text: NOTES[t.name] ?? "", style: "label" },
  ],
  columnWidths: t.columns.map((c) => c.width),
  protect: false,
  landscape: false,
  printTitleRows: "4:4",
});
