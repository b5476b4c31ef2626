import { VN_SOURCE_LABELS } from "../../filing/labels";
import { formatEuro } from "../../money/format-money";
import { renderText } from "../../programme/render-text";
import { TOTAL_SOURCES, computeVerwendungsnachweis } from "../compute-verwendungsnachweis";
import { defineRule, type Violation } from "../rule";
import { isBlank } from "../row-helpers";

/** Schlussrechnung figures that repeat a section; each is named like the total it repeats. */
const TRANSFERS = ["zuschuss", "personalkosten", "verwaltung", "sachkosten", "budget"] as const;

export const vnSchlussUebertrag = defineRule({
  id: "VN-SCHLUSS-UEBERTRAG",
  kind: "verwendungsnachweis",
  severity: "fehler",
  title: "Zuschuss und die vier Kosten der Schlussrechnung stimmen mit Kopf und Abschnitten 1–4 überein.",
  check: (vn, { params }) => {
    const totals = computeVerwendungsnachweis(vn, params);
    return TRANSFERS.flatMap((field): Violation[] => {
      const stated = vn.schlussrechnung[field];
      const expected = totals[field];
      return stated === null || stated === expected
        ? []
        : [
            {
              path: ["schlussrechnung", field],
              message: `In der Schlussrechnung stehen ${formatEuro(stated)}, aus „${VN_SOURCE_LABELS[field]}“ ergeben sich ${formatEuro(expected)}. Bitte den Betrag aus dem Abschnitt übernehmen.`,
              related: { kind: "verwendungsnachweis", path: [...TOTAL_SOURCES[field]] },
            },
          ];
    });
  },
});

export const vnSchlussKostensumme = defineRule({
  id: "VN-SCHLUSS-KOSTENSUMME",
  kind: "verwendungsnachweis",
  severity: "fehler",
  title: "Die Kostensumme ist die Summe der vier Kosten.",
  check: (vn, { params }) => {
    const stated = vn.schlussrechnung.kostensumme;
    const { kostensumme } = computeVerwendungsnachweis(vn, params);
    return stated === null || stated === kostensumme
      ? []
      : [
          {
            path: ["schlussrechnung", "kostensumme"],
            message: `Die Kostensumme ist mit ${formatEuro(stated)} angegeben, die vier Kosten ergeben ${formatEuro(kostensumme)}. Bitte die Kostensumme korrigieren.`,
          },
        ];
  },
});

export const vnSchlussDifferenz = defineRule({
  id: "VN-SCHLUSS-DIFFERENZ",
  kind: "verwendungsnachweis",
  severity: "fehler",
  title: "Die Differenz ist (Zuschuss + weitere Zuschüsse/Einnahmen) − Kostensumme.",
  check: (vn, { params }) => {
    const stated = vn.schlussrechnung.differenz;
    const { differenz } = computeVerwendungsnachweis(vn, params);
    return stated === null || stated === differenz
      ? []
      : [
          {
            path: ["schlussrechnung", "differenz"],
            message: `Die Differenz ist mit ${formatEuro(stated)} angegeben, (Zuschuss + weitere Einnahmen) − Kostensumme ergibt ${formatEuro(differenz)}. Bitte die Differenz korrigieren.`,
          },
        ];
  },
});

export const vnDifferenzBegruendung = defineRule({
  id: "VN-DIFFERENZ-BEGRUENDUNG",
  kind: "verwendungsnachweis",
  severity: "fehler",
  title: "Eine Differenz ungleich 0 ist erläutert bzw. begründet.",
  check: (vn, { params }) => {
    const { differenz } = computeVerwendungsnachweis(vn, params);
    return differenz === 0 || !isBlank(vn.schlussrechnung.begruendung)
      ? []
      : [
          {
            path: ["schlussrechnung", "begruendung"],
            message: `Die Schlussrechnung weist eine Differenz von ${formatEuro(differenz)} aus. Bitte die Differenz erläutern bzw. begründen.`,
          },
        ];
  },
});

export const vnDifferenzPositiv = defineRule({
  id: "VN-DIFFERENZ-POSITIV",
  kind: "verwendungsnachweis",
  severity: "hinweis",
  title:
    "Eine positive Differenz bedeutet nicht verbrauchte Mittel, die die {zuwendungsgeber} zurückfordern kann.",
  check: (vn, { params }) => {
    const { differenz } = computeVerwendungsnachweis(vn, params);
    return differenz > 0
      ? [
          {
            path: ["schlussrechnung", "differenz"],
            message: `Es wurden ${formatEuro(differenz)} nicht verbraucht. Die ${renderText("{zuwendungsgeber}", params)} kann nicht verbrauchte Mittel zurückfordern.`,
          },
        ]
      : [];
  },
});
