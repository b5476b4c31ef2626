import { JB_PROMPTS, promptText } from "../filing/jahresbericht-prompts";
import { JB_LABELS } from "../filing/labels";
import { formSheetBuilder } from "./form-builder";
import { JB_TABLES, jbTableSheet } from "./jahresbericht-tables";
import type { FormLayout, SheetSpec } from "./layout-types";
import { WIRKUNGSTREPPE_SHEET } from "./wirkungstreppe-sheet";

/*
 * Anlage 1 in the order of its Gliederung: text sections on protected sheets, each list a table on a
 * sheet of its own between them, so the workbook prints in the order of the report. The
 * Wirkungstreppe (Anlage 2) follows as a sheet to look the steps up.
 */
export const JB_SHEET = "Jahresbericht";
const LONG = 80;
const tableSheet = (name: string) => jbTableSheet(JB_TABLES.find((t) => t.name === name)!);
const seeSheet = (sheet: string) => `Tabelle im Blatt „${sheet}“ (folgt).`;
/** Printed for an optional table left empty, whose sheet a version as filed hides. */
const NO_ENTRIES = "keine Angaben.";
const formSheet = (name: string, texts: SheetSpec["texts"]): SheetSpec => ({
  name,
  texts,
  // About the width of an A4 page in portrait, so the report prints at (nearly) full size.
  columnWidths: [46, 54],
  protect: true,
  landscape: false,
});

// 1. and 2.
const start = formSheetBuilder("JB", JB_SHEET, JB_LABELS);
start.legend();
start.title("Jahresbericht {gegenstand}");
start.note("Leitfaden zur Erstellung des Jahresberichtes (Anlage 1, Social Reporting Standard)");
start.gap();
start.heading(JB_LABELS.organisation.title);
start.field(["organisation", "nameRechtsform"], "text");
start.field(["organisation", "sitz"], "text");
start.field(["organisation", "kontakt"], "longText", { height: 48 });
start.field(["organisation", "vertretungsberechtigte"], "longText", { height: 48 });
start.gap();
start.heading(JB_LABELS.gegenstand.title);
start.field(["gegenstand", "stadtteilhaus"], "text");
start.field(["gegenstand", "berichtszeitraum"], "text");
start.field(["gegenstand", "name"], "text");
start.note(`${JB_LABELS.gegenstand.inhalt} – ${seeSheet("2. Inhalt")}`, {
  table: "tblInhalt",
  text: `${JB_LABELS.gegenstand.inhalt}: ${NO_ENTRIES}`,
});
const startForm = start.build();

// 2.1 and 2.2
export const JB_STADTTEIL_SHEET = "2.1–2.2 Stadtteil";
const stadtteil = formSheetBuilder("JB", JB_STADTTEIL_SHEET, JB_LABELS);
stadtteil.legend();
stadtteil.heading(JB_LABELS.steckbrief.title);
stadtteil.label(promptText(JB_PROMPTS.steckbrief));
for (const key of ["wohnsituation", "infrastruktur", "lebenssituation", "angebote", "image"] as const) {
  stadtteil.field(["steckbrief", key], "longText", { height: LONG });
}
stadtteil.gap();
stadtteil.heading(JB_LABELS.herausforderungen);
stadtteil.field(["herausforderungen"], "longText", {
  // The paper's five prompts unabridged, one a line: the caption spans the field's rows.
  caption: promptText(JB_PROMPTS.herausforderungen),
  height: 120,
});
stadtteil.note(`2.3 Lösungsansätze: ${seeSheet("2.3 Lösungsansätze")}`);
const stadtteilForm = stadtteil.build();

// 3. and 3.1
export const JB_RESSOURCEN_SHEET = "3.1 Ressourcen";
const ressourcen = formSheetBuilder("JB", JB_RESSOURCEN_SHEET, JB_LABELS);
ressourcen.legend();
ressourcen.separatorHint();
ressourcen.title("3. Ressourcen, Leistungen und Wirkungen im Berichtszeitraum");
ressourcen.heading(JB_LABELS.ressourcen.title);
for (const key of ["personalkosten", "verwaltung", "sachkosten"] as const) {
  ressourcen.field(["ressourcen", key], "amount");
}
// The paper's „Stadtteilmanagement“ is the programme's own name for it.
ressourcen.field(["ressourcen", "stadtteilmanagement"], "amount", { caption: "{gegenstand}" });
// 3.1 lists the resources used: the four costs. Own funds, donations and other grants paid part of
// them (the VN's „Weitere Zuschüsse/ Einnahmen“), so they are shown, not added (computeGesamtsumme).
ressourcen.field(["ressourcen", "eigenmittel"], "amount", {
  caption: "Eigenmittel/Spenden/Weitere Zuwendungen (davon: in den Kosten oben enthalten)",
  meaning:
    "Eingabe: Betrag in €, der Teil der Kosten, den Eigenmittel, Spenden oder weitere Zuwendungen bezahlt haben; nicht in der Gesamtsumme",
});
ressourcen.field(["ressourcen", "gesamtsumme"], "amount", {
  formula:
    "SUM(JB_ressourcen_personalkosten,JB_ressourcen_verwaltung,JB_ressourcen_sachkosten,JB_ressourcen_stadtteilmanagement)",
  meaning: "Ergebnis: Summe der vier Kosten (wie die Kostensumme des Verwendungsnachweises)",
});
ressourcen.note(
  `3.2 Personelle Ressourcen, 3.3 Erbrachte Leistungen und 3.4 Erreichte Wirkungen: Tabellen in den folgenden Blättern.`,
  {
    table: "tblPersonelleRessourcen",
    text: `${JB_LABELS.personelleRessourcen.title}: ${NO_ENTRIES} 3.3 Erbrachte Leistungen und 3.4 Erreichte Wirkungen: Tabellen in den folgenden Blättern.`,
  },
);
const ressourcenForm = ressourcen.build();

// 3.4 Abgleich Planung und Realität
export const JB_ABGLEICH_SHEET = "3.4 Abgleich";
const abgleich = formSheetBuilder("JB", JB_ABGLEICH_SHEET, JB_LABELS);
abgleich.legend();
abgleich.heading("Abgleich Planung und Realität");
abgleich.label(promptText(JB_PROMPTS.abgleich));
for (const key of ["deckungsgleich", "differenzen", "gruende"] as const) {
  abgleich.field(["abgleich", key], "longText", { height: LONG });
}
// Nothing on screen: 3.5 is the next sheet. Only where that sheet is hidden does 3.5 print here.
abgleich.note("", { table: "tblAngebote", text: `${JB_LABELS.angebote.title}: ${NO_ENTRIES}` });
const abgleichForm = abgleich.build();

// 4. Ausblick
export const JB_AUSBLICK_SHEET = "4. Ausblick";
const ausblick = formSheetBuilder("JB", JB_AUSBLICK_SHEET, JB_LABELS);
ausblick.legend();
ausblick.heading(JB_LABELS.ausblick.title);
ausblick.label(promptText(JB_PROMPTS.ausblick));
for (const key of ["rueckschluesse", "bewaehrt", "chancenRisiken", "planung"] as const) {
  ausblick.field(["ausblick", key], "longText", { height: LONG });
}
const ausblickForm = ausblick.build();

/** Anlage 1 (with the Wirkungstreppe of Anlage 2), sheet by sheet in the order of the Gliederung. */
export const JAHRESBERICHT_LAYOUT: FormLayout = {
  kind: "jahresbericht",
  prefix: "JB",
  fields: [
    ...startForm.fields,
    ...stadtteilForm.fields,
    ...ressourcenForm.fields,
    ...abgleichForm.fields,
    ...ausblickForm.fields,
  ],
  tables: JB_TABLES,
  sheets: [
    formSheet(JB_SHEET, startForm.texts),
    tableSheet("tblInhalt"),
    formSheet(JB_STADTTEIL_SHEET, stadtteilForm.texts),
    tableSheet("tblLoesungsansaetze"),
    formSheet(JB_RESSOURCEN_SHEET, ressourcenForm.texts),
    tableSheet("tblPersonelleRessourcen"),
    tableSheet("tblLeistungen"),
    tableSheet("tblWirkungen"),
    formSheet(JB_ABGLEICH_SHEET, abgleichForm.texts),
    tableSheet("tblAngebote"),
    formSheet(JB_AUSBLICK_SHEET, ausblickForm.texts),
    WIRKUNGSTREPPE_SHEET,
  ],
};
