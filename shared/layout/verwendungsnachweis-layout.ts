import { FIRST_YEAR, LAST_YEAR } from "../domain/primitives";
import { formSheetBuilder } from "./form-builder";
import { VN_LABELS, VN_PRUEFUNG_LABELS } from "../filing/labels";
import type { FormLayout } from "./layout-types";
import { VN_BUDGET_SHEET, VN_PERSONAL_SHEET, VN_TABLES, VN_TABLE_SHEETS } from "./verwendungsnachweis-tables";

export const VN_SHEET = "Verwendungsnachweis";
export { VN_BUDGET_SHEET, VN_PERSONAL_SHEET };
const b = formSheetBuilder("VN", VN_SHEET, VN_LABELS);
const k = VN_LABELS.kopf;
b.title("Verwendungsnachweis für das Stadtteilmanagement");
b.note("an: {empfaenger}");
b.gap();
b.field(["kopf", "absender"], "text", { caption: `${k.absender} (Name)` });
b.field(["kopf", "anschrift"], "longText", { height: 32 });
b.field(["kopf", "ort"], "text");
b.field(["kopf", "datum"], "date");
b.field(["kopf", "stadtteilhaus"], "text", { caption: "im Stadtteilhaus/ -büro" });
b.field(["kopf", "jahr"], "integer", { caption: "für das Jahr", between: [FIRST_YEAR, LAST_YEAR] });
b.field(["kopf", "traegerName"], "text", {
  caption: "Auf der Grundlage des Fachkonzepts … wurde dem/der (Name des Trägers)",
});
b.field(["kopf", "zuschuss"], "amount", { caption: "ein Betrag in Höhe von (€)" });
b.field(["kopf", "zuschussInWorten"], "text", {
  caption: "(in Worten) zur Verfügung gestellt",
  height: 32,
  meaning: "Eingabe, wird aus dem Zuschussbetrag vorbelegt; ein abweichender Text ist ein Fehler",
});
// The declaration on a line of its own, so the ja/nein dropdown is an ordinary one-line cell.
b.label(
  "Hiermit wird bestätigt, dass dieser Betrag gemäß des Zuschuss- und Kooperationsvertrags zuwendungsgemäß verwendet wurde:",
);
b.field(["kopf", "zuwendungsgemaessVerwendet"], "boolean", {
  caption: "zuwendungsgemäß verwendet (ja/nein)",
  choices: "jaNein",
});
b.gap();
// As on the paper: the section line itself carries the total.
b.field(["personal", "summe"], "amount", {
  caption: `${VN_LABELS.personal.title} =`,
  captionStyle: "heading",
  formula: "SUM(tblPersonal[Personalkosten])",
  meaning: "Ergebnis: Summe der Spalte Personalkosten der Tabelle tblPersonal",
});
b.note(
  `Aufstellung je Person (Name, Qualifikation, Vergütungsgruppe, Stellenanteil) im Blatt „${VN_PERSONAL_SHEET}“.`,
);
b.gap();
b.heading("2. Verwaltungs- und Leitungskosten (Pauschale, max. {verwaltungSatz} der Personalkosten)");
b.field(["verwaltung"], "amount", {
  caption: "Es werden Verwaltungs- und Leitungskosten geltend gemacht in Höhe von (€)",
  max: "VN_verwaltungHoechstbetrag",
});
b.result("VN_verwaltungHoechstbetrag", "Höchstbetrag Verwaltungs- und Leitungskosten", "amount", {
  caption: "Höchstbetrag: {verwaltungSatz} der Personalkosten (€)",
  formula: "ROUND(VN_personal_summe*{verwaltungSatz},2)",
  cached: "verwaltungCap",
  meaning: "Ergebnis: {verwaltungSatz} der Personalkosten, kaufmännisch auf Cent gerundet",
});
b.gap();
b.heading("3. Arbeitsplatzbezogene Sachkosten (max. {sachkostenCap}):");
b.field(["sachkosten"], "amount", {
  caption: "Es sind Sachkosten entstanden in Höhe von (€)",
  max: "VN_sachkostenHoechstbetrag",
});
b.result("VN_sachkostenHoechstbetrag", "Höchstbetrag Arbeitsplatzbezogene Sachkosten", "amount", {
  caption: "Höchstbetrag (€)",
  cached: "sachkostenCap",
  meaning: "Programmparameter des Förderjahres: {sachkostenCap}",
});
b.gap();
b.heading(
  "4. Kosten für präventive Angebote der Gemeinwesenarbeit (Stadtteilmanagementbudget, Pauschale max. {budgetCap})",
);
b.field(["budget", "betrag"], "amount", {
  caption: "Für präventive Angebote der Gemeinwesenarbeit sind Kosten entstanden in Höhe von (€)",
  height: 32,
  max: "VN_budgetHoechstbetrag",
});
b.result("VN_budgetHoechstbetrag", "Höchstbetrag Stadtteilmanagementbudget", "amount", {
  caption: "Höchstbetrag (€)",
  cached: "budgetCap",
  meaning: "Programmparameter des Förderjahres: {budgetCap}",
});
b.result("VN_budgetZeilenSumme", "Summe der Aufteilung", "amount", {
  caption: `Summe der Aufteilung auf Projekte/ Angebote/ Maßnahmen (Blatt „${VN_BUDGET_SHEET}“)`,
  formula: "SUM(tblBudget[Betrag])",
  cached: "budgetZeilenSumme",
  meaning: "Ergebnis: Summe der Spalte Betrag der Tabelle tblBudget; muss dem Betrag entsprechen",
});
b.note(
  "Die oben angegebenen Kosten sind an Hand von Einzelbelegen nachweisbar. Diese werden für mindestens {aufbewahrungJahre} Jahre zu Prüfungszwecken aufgehoben.",
);
b.gap();
// Schlussrechnung, signature and the city's Prüfung share a page: what is signed and checked
// stands together, and no section is torn apart (page 1 is full up to 4.).
b.heading(VN_LABELS.schlussrechnung.title, { newPage: true });
const s = (field: string, formula: string, meaning: string) =>
  b.field(["schlussrechnung", field], "amount", { formula, meaning: `Ergebnis: ${meaning}` });
b.field(["schlussrechnung", "zuschuss"], "amount", {
  caption: "Zuschuss der {zuwendungsgeber}",
  formula: "VN_kopf_zuschuss",
  meaning: "Ergebnis: Zuschussbetrag aus dem Kopf",
});
b.field(["schlussrechnung", "weitereEinnahmen"], "amount");
s("personalkosten", "VN_personal_summe", "Summe aus 1.");
s("verwaltung", "VN_verwaltung", "Betrag aus 2.");
s("sachkosten", "VN_sachkosten", "Betrag aus 3.");
s("budget", "VN_budget_betrag", "Betrag aus 4.");
s(
  "kostensumme",
  "SUM(VN_schlussrechnung_personalkosten,VN_schlussrechnung_verwaltung,VN_schlussrechnung_sachkosten,VN_schlussrechnung_budget)",
  "Summe der vier Kosten",
);
b.field(["schlussrechnung", "differenz"], "signedAmount", {
  formula: "VN_schlussrechnung_zuschuss+VN_schlussrechnung_weitereEinnahmen-VN_schlussrechnung_kostensumme",
  meaning: "Ergebnis: (Zuschuss + weitere Zuschüsse/Einnahmen) − Kostensumme; positiv = nicht verbraucht",
});
b.field(["schlussrechnung", "begruendung"], "longText", {
  caption: "Obige Differenz ist wie folgt zu erläutern/zu begründen:",
  height: 64,
});
b.gap();
b.heading(VN_LABELS.unterschrift.title);
b.field(["unterschrift", "name"], "text");
b.field(["unterschrift", "funktion"], "text");
b.field(["unterschrift", "datum"], "date");
b.signature("Unterschrift/ Stempel");
b.gap();
// The city's notes as on the paper, after the signature: locked, written by the workflow only.
const p = VN_PRUEFUNG_LABELS;
b.heading(p.title);
b.note("Wird von der {zuwendungsgeber} ausgefüllt.");
b.label(`${p.geprueft.title}:`);
b.pruefung(["geprueft", "name"], "text", p, { caption: "von" });
b.pruefung(["geprueft", "datum"], "date", p, { caption: "am" });
b.label(`${p.kenntnis.title}:`);
b.pruefung(["kenntnis", "name"], "text", p, { caption: "von" });
b.pruefung(["kenntnis", "datum"], "date", p, { caption: "am" });
b.pruefung(["weitergeleitet", "datum"], "date", p, { caption: `${p.weitergeleitet.title}: am` });
const form = b.build();

/** Anlage 3: the form on one sheet, Personal and the budget lines as tables on their own sheets. */
export const VERWENDUNGSNACHWEIS_LAYOUT: FormLayout = {
  kind: "verwendungsnachweis",
  prefix: "VN",
  fields: form.fields,
  tables: VN_TABLES,
  sheets: [
    // About the width of an A4 page in portrait, so the form prints at (nearly) full size.
    { name: VN_SHEET, texts: form.texts, columnWidths: [56, 42], protect: true, landscape: false },
    ...VN_TABLE_SHEETS,
  ],
};
