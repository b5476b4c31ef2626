import { sumCents } from "../../money/cents";
import { formatEuro } from "../../money/format-money";
import { computeVerwendungsnachweis } from "../compute-verwendungsnachweis";
import { defineRule, type Violation } from "../rule";

export const jbGesamtsumme = defineRule({
  id: "JB-GESAMTSUMME",
  kind: "jahresbericht",
  severity: "fehler",
  title: "Die Gesamtsumme der eingesetzten Ressourcen (3.1) ist die Summe der Positionen.",
  check: (jb) => {
    const r = jb.ressourcen;
    const total = sumCents([
      r.personalkosten,
      r.verwaltung,
      r.sachkosten,
      r.stadtteilmanagement,
      r.eigenmittel,
    ]);
    return r.gesamtsumme === null || r.gesamtsumme === total
      ? []
      : [
          {
            path: ["ressourcen", "gesamtsumme"],
            message: `Die Gesamtsumme ist mit ${formatEuro(r.gesamtsumme)} angegeben, die Positionen ergeben ${formatEuro(total)}. Bitte die Gesamtsumme korrigieren.`,
          },
        ];
  },
});

/** 3.1 positions and the Verwendungsnachweis figure each must agree with. */
const COUNTERPARTS = [
  {
    field: "personalkosten",
    vnPath: ["personal", "summe"],
    total: "personalkosten",
    vnLabel: "1. Personalkosten",
  },
  {
    field: "verwaltung",
    vnPath: ["verwaltung"],
    total: "verwaltung",
    vnLabel: "2. Verwaltungs- und Leitungskosten",
  },
  {
    field: "sachkosten",
    vnPath: ["sachkosten"],
    total: "sachkosten",
    vnLabel: "3. Arbeitsplatzbezogene Sachkosten",
  },
  {
    field: "stadtteilmanagement",
    vnPath: ["budget", "betrag"],
    total: "budget",
    vnLabel: "4. Kosten für präventive Angebote",
  },
  {
    field: "eigenmittel",
    vnPath: ["schlussrechnung", "weitereEinnahmen"],
    total: "weitereEinnahmen",
    vnLabel: "5. Schlussrechnung: Weitere Zuschüsse/ Einnahmen",
  },
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
      return stated === null || stated === expected
        ? []
        : [
            {
              path: ["ressourcen", c.field],
              message: `Im Jahresbericht (3.1) stehen ${formatEuro(stated)}, im Verwendungsnachweis („${c.vnLabel}“) ${formatEuro(expected)}. Bitte beide Angaben abgleichen.`,
              related: { kind: "verwendungsnachweis", path: [...c.vnPath] },
            },
          ];
    });
  },
});
