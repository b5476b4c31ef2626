import type { Severity } from "./finding";

/**
 * Findings raised while reading input (workbook cells, request bodies) before the rules run.
 * They share the rule catalogue so every id a user can see is documented in one place.
 */
export const INPUT_RULES = {
  "EINGABE-BETRAG": {
    severity: "fehler",
    title:
      "Ein Betrag ist eine Zahl mit höchstens zwei Nachkommastellen (deutscher Text wie „1.234,56 €“ wird gelesen, siehe EINGABE-TEXTBETRAG); anderer Text wird nie als 0 gelesen.",
  },
  "EINGABE-TEXTBETRAG": {
    severity: "fehler",
    title:
      "Ein Betrag steht als Zahl in der Zelle, nicht als Text: Excel rechnet mit Text nicht, die Summen des Formulars stimmten sonst nicht.",
  },
  "EINGABE-ZEILE": {
    severity: "fehler",
    title:
      "Zeilen stehen in der Tabelle, nicht darunter: eine Zeile unter der Tabelle wird gelesen, aber von den Summen der Arbeitsmappe nicht erfasst.",
  },
  "EINGABE-FORMEL": {
    severity: "fehler",
    title: "Ergebniszellen behalten ihre Formel; ein überschriebenes Ergebnis wird nicht übernommen.",
  },
  "EINGABE-ZAHL": {
    severity: "fehler",
    title: "Stellenanteil, Jahr, Stunden und Teilnehmerzahl sind Zahlen (Stellenanteil auch als „50 %“).",
  },
  "EINGABE-DATUM": { severity: "fehler", title: "Ein Datum ist ein Excel-Datum oder Text wie „31.12.2025“." },
  "EINGABE-AUSWAHL": {
    severity: "fehler",
    title:
      "Auswahlfelder (Stufe der Wirkungstreppe, Art der Leistung, Gruppe) enthalten einen Wert der Liste.",
  },
  "EINGABE-MAPPE": {
    severity: "fehler",
    title:
      "Die Arbeitsmappe enthält die Blätter, Namen und Tabellen der Vorlage (Metadaten, definierte Namen).",
  },
  "EINGABE-SCHEMA": {
    severity: "fehler",
    title: "Eine Einreichung über die API entspricht dem JSON-Schema des Formulars.",
  },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type InputRuleId = keyof typeof INPUT_RULES;
