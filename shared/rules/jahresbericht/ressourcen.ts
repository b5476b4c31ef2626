import { VN_SOURCE_LABELS } from "../../filing/labels";
import { formatEuro } from "../../money/format-money";
import { computeGesamtsumme } from "../compute-gesamtsumme";
import { TOTAL_SOURCES, computeVerwendungsnachweis } from "../compute-verwendungsnachweis";
import { defineRule, type Violation } from "../rule";

export const jbGesamtsumme = defineRule({
  id: "JB-GESAMTSUMME",
  kind: "jahresbericht",
  severity: "fehler",
  title:
    "Die Gesamtsumme der eingesetzten Ressourcen (3.1) ist die Summe der vier Kosten; Eigenmittel/Spenden/Weitere Zuwendungen sind darin enthalten, nicht hinzugerechnet.",
  check: (jb) => {
    const r = jb.ressourcen;
    const total = computeGesamtsumme(r);
    return r.gesamtsumme === null || r.gesamtsumme === total
      ? []
      : [
          {
            path: ["ressourcen", "gesamtsumme"],
            message: `Die Gesamtsumme ist mit ${formatEuro(r.gesamtsumme)} angegeben, die vier Kosten ergeben ${formatEuro(total)} (Eigenmittel/Spenden/Weitere Zuwendungen sind darin enthalten). Bitte die Gesamtsumme korrigieren.`,
          },
        ];
  },
});

/** 3.1 positions and the Verwendungsnachweis total each must agree with. */
const COUNTERPARTS = [
  { field: "personalkosten", total: "personalkosten" },
  { field: "verwaltung", total: "verwaltung" },
  { field: "sachkosten", total: "sachkosten" },
  { field: "stadtteilmanagement", total: "budget" },
  { field: "eigenmittel", total: "weitereEinnahmen" },
] as const;

export const jbRessourcenAbgleich = defineRule({
  id: "JB-RESSOURCEN-ABGLEICH",
  kind: "jahresbericht",
  severity: "warnung",
  title:
    "Die eingesetzten Ressourcen (3.1) stimmen mit dem Verwendungsnachweis desselben Trägers, Stadtteils und Jahres überein.",
  check: (jb, { verwendungsnachweis, params }) => {
    if (!verwendungsnachweis) return [];
    const totals = computeVerwendungsnachweis(verwendungsnachweis, params);
    return COUNTERPARTS.flatMap((c): Violation[] => {
      const stated = jb.ressourcen[c.field];
      const expected = totals[c.total];
      // An empty 3.1 figure is a gap too when the Verwendungsnachweis names an amount for it.
      if (stated === expected || (stated === null && expected === 0)) return [];
      return [
        {
          path: ["ressourcen", c.field],
          message:
            stated === null
              ? `Im Jahresbericht (3.1) fehlt der Betrag; der Verwendungsnachweis nennt („${VN_SOURCE_LABELS[c.total]}“) ${formatEuro(expected)}. Bitte den Betrag übernehmen.`
              : `Im Jahresbericht (3.1) stehen ${formatEuro(stated)}, im Verwendungsnachweis („${VN_SOURCE_LABELS[c.total]}“) ${formatEuro(expected)}. Bitte beide Angaben abgleichen.`,
          related: { kind: "verwendungsnachweis", path: [...TOTAL_SOURCES[c.total]] },
        },
      ];
    });
  },
});
