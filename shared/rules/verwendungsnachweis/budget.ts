import { formatEuro } from "../../money/format-money";
import { computeVerwendungsnachweis } from "../compute-verwendungsnachweis";
import { defineRule } from "../rule";
import { hasAnyValue, isBlank } from "../row-helpers";

export const vnBudgetZeilenMax = defineRule({
  id: "VN-BUDGET-ZEILEN-MAX",
  kind: "verwendungsnachweis",
  severity: "fehler",
  title: "Die Kosten des {budgetName}s verteilen sich auf höchstens {budgetMaxZeilen} Zeilen.",
  check: (vn, { params }) => {
    const used = vn.budget.zeilen.filter(hasAnyValue).length;
    return used <= params.budgetMaxZeilen
      ? []
      : [
          {
            path: ["budget", "zeilen"],
            message: `Es sind ${used} Zeilen für Projekte/ Angebote/ Maßnahmen eingetragen, erlaubt sind höchstens ${params.budgetMaxZeilen}. Bitte kleinere Posten zusammenfassen.`,
          },
        ];
  },
});

export const vnBudgetSumme = defineRule({
  id: "VN-BUDGET-SUMME",
  kind: "verwendungsnachweis",
  severity: "fehler",
  title: "Die Zeilen der Aufteilung ergeben genau die Kosten für präventive Angebote.",
  check: (vn, { params }) => {
    const { budget, budgetZeilenSumme } = computeVerwendungsnachweis(vn, params);
    return budget === budgetZeilenSumme
      ? []
      : [
          {
            path: ["budget", "betrag"],
            message: `Die Aufteilung auf Projekte/ Angebote/ Maßnahmen ergibt ${formatEuro(budgetZeilenSumme)}, angegeben sind Kosten von ${formatEuro(budget)} (Differenz ${formatEuro(budget - budgetZeilenSumme)}). Bitte die Zeilen so ergänzen, dass sie genau den Betrag ergeben.`,
          },
        ];
  },
});

export const vnBudgetZeileBeschreibung = defineRule({
  id: "VN-BUDGET-ZEILE-BESCHREIBUNG",
  kind: "verwendungsnachweis",
  severity: "fehler",
  title: "Eine Zeile der Aufteilung mit Betrag nennt das Projekt, Angebot oder die Maßnahme.",
  check: (vn) =>
    vn.budget.zeilen.flatMap((row, i) =>
      row.betrag !== null && isBlank(row.beschreibung)
        ? [
            {
              path: ["budget", "zeilen", i, "beschreibung"],
              message: `Zeile ${i + 1}: Für den Betrag ${formatEuro(row.betrag)} fehlt die Bezeichnung. Bitte Projekt/ Angebot/ Maßnahme eintragen.`,
            },
          ]
        : [],
    ),
});
