import { formatEuro } from "../../money/format-money";
import { computeVerwendungsnachweis } from "../compute-verwendungsnachweis";
import { defineRule, type Violation } from "../rule";
import { hasAnyValue, isBlank } from "../row-helpers";

export const vnPersonalZeile = defineRule({
  id: "VN-PERSONAL-ZEILE",
  kind: "verwendungsnachweis",
  severity: "fehler",
  title: "Eine Zeile der Personalkosten mit irgendeinem Wert hat Name, Stellenanteil und Personalkosten.",
  check: (vn) =>
    vn.personal.zeilen.flatMap((row, i): Violation[] => {
      if (!hasAnyValue(row)) return [];
      const missing: Violation[] = [];
      if (isBlank(row.name))
        missing.push({
          path: ["personal", "zeilen", i, "name"],
          message: `Zeile ${i + 1}: Bitte den Namen eintragen.`,
        });
      if (row.stellenanteil === null)
        missing.push({
          path: ["personal", "zeilen", i, "stellenanteil"],
          message: `Zeile ${i + 1}: Bitte den Stellenanteil eintragen (z. B. 50 %).`,
        });
      if (row.personalkosten === null)
        missing.push({
          path: ["personal", "zeilen", i, "personalkosten"],
          message: `Zeile ${i + 1}: Bitte die Personalkosten eintragen.`,
        });
      return missing;
    }),
});

const percentFormat = new Intl.NumberFormat("de-DE", { style: "percent", maximumFractionDigits: 4 });

export const vnStellenanteil = defineRule({
  id: "VN-STELLENANTEIL",
  kind: "verwendungsnachweis",
  severity: "fehler",
  title: "Der Stellenanteil liegt über 0 und höchstens bei 1 (100 %).",
  check: (vn) =>
    vn.personal.zeilen.flatMap((row, i) => {
      const share = row.stellenanteil;
      if (share === null || (share > 0 && share <= 1)) return [];
      const shown = percentFormat.format(share);
      return [
        {
          path: ["personal", "zeilen", i, "stellenanteil"],
          message: `Zeile ${i + 1}: Ein Stellenanteil von ${shown} ist nicht möglich. Erlaubt sind Werte über 0 % bis 100 % (Vollzeit).`,
        },
      ];
    }),
});

export const vnPersonalSumme = defineRule({
  id: "VN-PERSONAL-SUMME",
  kind: "verwendungsnachweis",
  severity: "fehler",
  title: "Die angegebene Summe der Personalkosten ist die Summe der Zeilen.",
  check: (vn, { params }) => {
    const stated = vn.personal.summe;
    const { personalkosten } = computeVerwendungsnachweis(vn, params);
    return stated === null || stated === personalkosten
      ? []
      : [
          {
            path: ["personal", "summe"],
            message: `Die Summe der Personalkosten ist mit ${formatEuro(stated)} angegeben, die Zeilen ergeben ${formatEuro(personalkosten)}. Bitte die Zeilen oder die Summe korrigieren.`,
          },
        ];
  },
});
