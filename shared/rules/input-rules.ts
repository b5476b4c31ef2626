import type { Severity } from "./finding";

/**
 * Findings raised while reading input (workbook cells, request bodies) before the rules run.
 * They share the rule catalogue so every id a user can see is documented in one place.
 */
export const INPUT_RULES = {
  "EINGABE-BETRAG": {
    severity: "fehler",
    title:
      "Ein Betrag ist eine Zahl oder deutscher Text wie „1.234,56 €“, nie negativ; anderer Text wird nie als 0 gelesen.",
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
