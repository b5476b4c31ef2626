import { FIRST_YEAR, LAST_YEAR } from "../domain/primitives";
import { VN_LABELS, VN_PRUEFUNG_LABELS } from "../filing/labels";
import { formSheetBuilder } from "./form-builder";
import { inWortenFormula } from "./in-worten-formula";
import type { FormLayout, SheetSpec } from "./layout-types";
import { BELEG_SHEET_SPEC, BELEG_SUM_FIELDS, BELEG_TABLE_SPEC, VN_BELEG_SHEET } from "./belegliste-sheet";
import { VN_BUDGET_SHEET, VN_PERSONAL_SHEET, VN_TABLES, VN_TABLE_SHEETS } from "./verwendungsnachweis-tables";

/*
 * Anlage 3 in the order and words of the paper form. The tables sit on sheets of their own (nothing
 * may stand below a table), and the sheets follow the form: head and 1., the persons, 2.–4., the
 * budget lines, then Schlussrechnung, signature and the city's notes – so printing the workbook
 * prints the form in its order. The paper numbers the Schlussrechnung "4." a second time; the
 * workbook keeps the paper's numbers (4., 5., 6., 7.) so they match what users know.
 */
export const VN_SHEET = "Verwendungsnachweis";
export const VN_KOSTEN_SHEET = "2.–4. Kosten";
export const VN_SCHLUSS_SHEET = "Schlussrechnung";
export { VN_BELEG_SHEET, VN_BUDGET_SHEET, VN_PERSONAL_SHEET };

const k = VN_LABELS.kopf;

// Head and 1. Personalkosten.
const head = formSheetBuilder("VN", VN_SHEET, VN_LABELS);
head.legend();
head.separatorHint();
head.field(["kopf", "absender"], "text", { caption: `(${k.absender})` });
head.field(["kopf", "anschrift"], "longText", { height: 32 });
head.field(["kopf", "ort"], "text", { caption: "(Ort)" });
head.field(["kopf", "datum"], "date", { caption: "(Datum)" });
head.gap();
// The recipient as on the paper: one line each, bold, where a window envelope shows it.
head.address("{empfaengerZeilen}");
head.gap();
// The form's title once, as the paper has it: the line that also starts the sentence.
head.title("Verwendungsnachweis für das {gegenstand}");
head.field(["kopf", "stadtteilhaus"], "text", { caption: "im Stadtteilhaus/ -büro" });
head.field(["kopf", "jahr"], "integer", { caption: "für das Jahr", between: [FIRST_YEAR, LAST_YEAR] });
head.label(
  "Auf der Grundlage des Fachkonzepts zum Stadtteil- und Quartiersmanagement und dem hierzu geltenden Zuschuss- und Kooperationsvertrags wurde dem/der",
);
head.field(["kopf", "traegerName"], "text", { caption: "(Name des Trägers)" });
head.field(["kopf", "zuschuss"], "amount", { caption: "ein Betrag in Höhe von (€)" });
head.field(["kopf", "zuschussInWorten"], "text", {
  caption: "(in Worten: … Euro) zur Verfügung gestellt.",
  formula: inWortenFormula("VN_kopf_zuschuss"),
  overridable: true,
  height: 32,
  meaning:
    "Ergebnis: der Zuschussbetrag in Worten; darf überschrieben werden, ein abweichender Text ist ein Fehler",
});
head.label(
  "Hiermit wird bestätigt, dass dieser Betrag gemäß des Zuschuss- und Kooperationsvertrags zuwendungsgemäß verwendet wurde:",
);
head.field(["kopf", "zuwendungsgemaessVerwendet"], "boolean", {
  caption: "zuwendungsgemäß verwendet (ja/nein)",
  choices: "jaNein",
});
head.gap();
// As on the paper: the section line itself carries the total.
head.field(["personal", "summe"], "amount", {
  caption: `${VN_LABELS.personal.title} =`,
  captionStyle: "heading",
  formula: "SUM(tblPersonal[Personalkosten])",
  meaning: "Ergebnis: Summe der Spalte Personalkosten der Tabelle tblPersonal",
});
head.note(
  `Name, Vorname, Qualifikation, Vergütungsgruppe, Stellenanteil und Personalkosten je Person: Blatt „${VN_PERSONAL_SHEET}“ (folgt).`,
);
const headForm = head.build();

// 2. to 4.
const kosten = formSheetBuilder("VN", VN_KOSTEN_SHEET, VN_LABELS);
kosten.legend();
kosten.heading("2. Verwaltungs- und Leitungskosten (Pauschale, max. {verwaltungSatz} der Personalkosten)");
kosten.field(["verwaltung"], "amount", {
  caption: "Es werden Verwaltungs- und Leitungskosten in Höhe von (€) geltend gemacht.",
  max: "VN_verwaltungHoechstbetrag",
});
kosten.result("VN_verwaltungHoechstbetrag", "Höchstbetrag Verwaltungs- und Leitungskosten", "amount", {
  caption: "Höchstbetrag: {verwaltungSatz} der Personalkosten (€)",
  formula: "ROUND(VN_personal_summe*{verwaltungSatz},2)",
  cached: "verwaltungCap",
  meaning: "Ergebnis: {verwaltungSatz} der Personalkosten, kaufmännisch auf Cent gerundet",
});
kosten.gap();
kosten.heading("3. Arbeitsplatzbezogene Sachkosten (max. {sachkostenCap}):");
kosten.field(["sachkosten"], "amount", {
  caption: "Es sind Sachkosten in Höhe von (€) entstanden.",
  max: "VN_sachkostenHoechstbetrag",
});
kosten.result("VN_sachkostenHoechstbetrag", "Höchstbetrag Arbeitsplatzbezogene Sachkosten", "amount", {
  caption: "Höchstbetrag (€)",
  cached: "sachkostenCap",
  meaning: "Programmparameter des Förderjahres: {sachkostenCap}",
});
kosten.gap();
kosten.heading(
  "4. Kosten für präventive Angebote der Gemeinwesenarbeit ({budgetName}, Pauschale max. {budgetCap})",
);
kosten.field(["budget", "betrag"], "amount", {
  caption: "Für präventive Angebote der Gemeinwesenarbeit sind Kosten in Höhe von (€) entstanden.",
  max: "VN_budgetHoechstbetrag",
});
kosten.result("VN_budgetHoechstbetrag", "Höchstbetrag {budgetName}", "amount", {
  caption: "Höchstbetrag (€)",
  cached: "budgetCap",
  meaning: "Programmparameter des Förderjahres: {budgetCap}",
});
kosten.result("VN_budgetZeilenSumme", "Summe der Aufteilung", "amount", {
  caption: `Summe der Aufteilung auf Projekte/ Angebote/ Maßnahmen (Blatt „${VN_BUDGET_SHEET}“, folgt)`,
  formula: "SUM(tblBudget[Betrag])",
  cached: "budgetZeilenSumme",
  meaning: "Ergebnis: Summe der Spalte Betrag der Tabelle tblBudget; muss dem Betrag entsprechen",
});
const kostenForm = kosten.build();

// Schlussrechnung, signature and the city's notes: what is signed and checked stands together.
const schluss = formSheetBuilder("VN", VN_SCHLUSS_SHEET, VN_LABELS);
schluss.legend();
// On the paper this sentence follows the twelve budget lines (sheet „Budgetzeilen“, printed just
// before), at the weight of the form's other sentences.
schluss.label(
  "Die oben angegebenen Kosten sind an Hand von Einzelbelegen nachweisbar. Diese werden für mindestens {aufbewahrungJahre} Jahre zu Prüfungszwecken aufgehoben.",
);
schluss.gap();
schluss.heading("4. Schlussrechnung:");
const s = (field: string, caption: string, formula: string, meaning: string) =>
  schluss.field(["schlussrechnung", field], "amount", { caption, formula, meaning: `Ergebnis: ${meaning}` });
s("zuschuss", "Zuschuss der {zuwendungsgeber}:", "VN_kopf_zuschuss", "Zuschussbetrag aus dem Kopf");
schluss.field(["schlussrechnung", "weitereEinnahmen"], "amount", {
  caption: "Weitere Zuschüsse/ Einnahmen:",
});
s("personalkosten", "Personalkosten", "VN_personal_summe", "Summe aus 1.");
s("verwaltung", "Verwaltungs- und Leitungskosten", "VN_verwaltung", "Betrag aus 2.");
s("sachkosten", "Arbeitsplatzbezogene Sachkosten", "VN_sachkosten", "Betrag aus 3.");
s("budget", "Kosten für präventive Angebote der Gemeinwesenarbeit", "VN_budget_betrag", "Betrag aus 4.");
s(
  "kostensumme",
  "Kostensumme:",
  "SUM(VN_schlussrechnung_personalkosten,VN_schlussrechnung_verwaltung,VN_schlussrechnung_sachkosten,VN_schlussrechnung_budget)",
  "Summe der vier Kosten",
);
schluss.field(["schlussrechnung", "differenz"], "signedAmount", {
  caption: "Differenz +/-:",
  formula: "VN_schlussrechnung_zuschuss+VN_schlussrechnung_weitereEinnahmen-VN_schlussrechnung_kostensumme",
  meaning: "Ergebnis: (Zuschuss + weitere Zuschüsse/Einnahmen) − Kostensumme; positiv = nicht verbraucht",
});
schluss.field(["schlussrechnung", "begruendung"], "longText", {
  caption: "Obige Differenz ist wie folgt zu erläutern/zu begründen:",
  height: 64,
});
schluss.gap();
schluss.heading("5. Rechtsverbindliche Unterschrift:");
schluss.field(["unterschrift", "name"], "text");
schluss.field(["unterschrift", "funktion"], "text");
schluss.field(["unterschrift", "datum"], "date");
schluss.signature("Name/ Träger/ Stempel");
schluss.gap();
// The city's notes as on the paper, after the signature: locked, written by the workflow only.
const p = VN_PRUEFUNG_LABELS;
schluss.note("Wird von der {zuwendungsgeber} ausgefüllt.");
schluss.heading(p.geprueft.title);
schluss.pruefung(["geprueft", "name"], "text", p, { caption: "von" });
schluss.pruefung(["geprueft", "datum"], "date", p, { caption: "am" });
schluss.pruefung(["geprueft", "umfang"], "text", p, { caption: "Prüfumfang" });
schluss.pruefung(["geprueft", "ergebnis"], "text", p, { caption: "Ergebnis" });
schluss.heading(p.kenntnis.title);
schluss.pruefung(["kenntnis", "name"], "text", p, { caption: "von" });
schluss.pruefung(["kenntnis", "datum"], "date", p, { caption: "am" });
schluss.heading(p.weitergeleitet.title);
schluss.pruefung(["weitergeleitet", "datum"], "date", p, { caption: "am" });
const schlussForm = schluss.build();

// About the width of an A4 page in portrait, so the form prints at (nearly) full size. The value
// column holds the longest „in Worten“ word (65 letters, 777.777 €) on one line: LibreOffice broke
// „…achtundsechzi/g“ in a narrower one.
const formSheet = (name: string, texts: SheetSpec["texts"]): SheetSpec => ({
  name,
  texts,
  columnWidths: [38, 60],
  protect: true,
  landscape: false,
});
const [personalSheet, budgetSheet] = VN_TABLE_SHEETS as [SheetSpec, SheetSpec];

/**
 * Anlage 3: the form on three sheets, Personal and the budget lines as tables between them, the
 * Belegliste last (an annex to what is signed). It is in every template: whether a programme's year
 * asks for Belege (`belegliste.aktiv`) decides only whether its rules run, so one workbook layout
 * serves every programme and a change of the parameter never makes a handed-out template wrong.
 */
export const VERWENDUNGSNACHWEIS_LAYOUT: FormLayout = {
  kind: "verwendungsnachweis",
  prefix: "VN",
  fields: [...headForm.fields, ...kostenForm.fields, ...schlussForm.fields, ...BELEG_SUM_FIELDS],
  tables: [...VN_TABLES, BELEG_TABLE_SPEC],
  sheets: [
    formSheet(VN_SHEET, headForm.texts),
    personalSheet,
    formSheet(VN_KOSTEN_SHEET, kostenForm.texts),
    budgetSheet,
    formSheet(VN_SCHLUSS_SHEET, schlussForm.texts),
    BELEG_SHEET_SPEC,
  ],
};
