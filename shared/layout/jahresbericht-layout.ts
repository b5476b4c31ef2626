import { formSheetBuilder } from "./form-builder";
import { JB_LABELS } from "../filing/labels";
import type { FormLayout } from "./layout-types";
import { JB_TABLES, jbTableSheet } from "./jahresbericht-tables";

export const JB_SHEET = "Jahresbericht";

const LONG = 80;
const b = formSheetBuilder("JB", JB_SHEET, JB_LABELS);
const seeSheet = (sheet: string) => `Tabelle im Blatt „${sheet}“.`;
b.title("Jahresbericht Stadtteilmanagement");
b.note("Leitfaden zur Erstellung des Jahresberichtes (Anlage 1, Social Reporting Standard)");
b.gap();
b.heading(JB_LABELS.organisation.title);
b.field(["organisation", "nameRechtsform"], "text");
b.field(["organisation", "sitz"], "text");
b.field(["organisation", "kontakt"], "longText", { height: 48 });
b.field(["organisation", "vertretungsberechtigte"], "longText", { height: 48 });
b.gap();
b.heading(JB_LABELS.gegenstand.title);
b.field(["gegenstand", "stadtteilhaus"], "text");
b.field(["gegenstand", "berichtszeitraum"], "text");
b.field(["gegenstand", "name"], "text");
b.note(`Inhalt: Im Folgenden wird über diese Angebote und Projekte berichtet – ${seeSheet("2. Inhalt")}`);
b.gap();
b.heading(JB_LABELS.steckbrief.title);
b.note("Angaben zum Profil des Stadtteiles (Kurzbeschreibung):");
for (const key of ["wohnsituation", "infrastruktur", "lebenssituation", "angebote", "image"] as const) {
  b.field(["steckbrief", key], "longText", { height: LONG });
}
b.gap();
b.heading(JB_LABELS.herausforderungen);
b.field(["herausforderungen"], "longText", {
  caption:
    "Aufgabenschwerpunkte benennen und begründen: inhaltliche Schwerpunktsetzungen auf bestimmte Handlungsfelder, Methoden und Vorgehensweisen, bisherige Maßnahmen/ Initiativen/ Aktionen, Innovation, Prognosen",
  height: 120,
});
b.gap();
b.heading(JB_LABELS.loesungsansaetze.title);
b.note(seeSheet("2.3 Lösungsansätze"));
b.gap();
b.heading("3. Ressourcen, Leistungen und Wirkungen im Berichtszeitraum", { newPage: true });
b.gap();
b.heading(JB_LABELS.ressourcen.title);
for (const key of [
  "personalkosten",
  "verwaltung",
  "sachkosten",
  "stadtteilmanagement",
  "eigenmittel",
] as const) {
  b.field(["ressourcen", key], "amount");
}
b.field(["ressourcen", "gesamtsumme"], "amount", {
  formula:
    "SUM(JB_ressourcen_personalkosten,JB_ressourcen_verwaltung,JB_ressourcen_sachkosten,JB_ressourcen_stadtteilmanagement,JB_ressourcen_eigenmittel)",
  meaning: "Ergebnis: Summe der fünf Positionen",
});
b.gap();
b.heading(JB_LABELS.personelleRessourcen.title);
b.note(seeSheet("3.2 Personelle Ressourcen"));
b.gap();
b.heading(JB_LABELS.leistungen.title);
b.note(seeSheet("3.3 Leistungen"));
b.gap();
b.heading(JB_LABELS.wirkungen.title);
b.note(seeSheet("3.4 Wirkungen"));
b.gap();
b.heading("Abgleich Planung und Realität");
b.note(
  "Reflektion und Auswertung des Vergleichs zwischen den unter 2.3. dargestellten Lösungsansätzen und erwarteten Wirkungen mit den tatsächlich erbrachten Leistungen und erzielten Wirkungen.",
);
for (const key of ["deckungsgleich", "differenzen", "gruende"] as const) {
  b.field(["abgleich", key], "longText", { height: LONG });
}
b.gap();
b.heading(JB_LABELS.angebote.title);
b.note(seeSheet("3.5 Angebote"));
b.gap();
b.heading(JB_LABELS.ausblick.title);
b.note("Planung und Ziele/ Chancen und Risiken");
for (const key of ["rueckschluesse", "bewaehrt", "chancenRisiken", "planung"] as const) {
  b.field(["ausblick", key], "longText", { height: LONG });
}
const form = b.build();

/** Anlage 1 (with the Wirkungstreppe of Anlage 2): text sections on one sheet, each list a table. */
export const JAHRESBERICHT_LAYOUT: FormLayout = {
  kind: "jahresbericht",
  prefix: "JB",
  fields: form.fields,
  tables: JB_TABLES,
  sheets: [
    // About the width of an A4 page in portrait, so the report prints at (nearly) full size.
    { name: JB_SHEET, texts: form.texts, columnWidths: [46, 54], protect: true, landscape: false },
    ...JB_TABLES.map(jbTableSheet),
  ],
};
