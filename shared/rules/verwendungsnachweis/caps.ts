import { formatEuro } from "../../money/format-money";
import { computeVerwendungsnachweis } from "../compute-verwendungsnachweis";
import { programmeText } from "../../programme/render-text";
import { defineRule } from "../rule";

const percentNumber = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 2 });
const percent = (basisPoints: number) => percentNumber.format(basisPoints / 100) + " %";

export const vnVerwaltungCap = defineRule({
  id: "VN-VERWALTUNG-CAP",
  kind: "verwendungsnachweis",
  severity: "fehler",
  title:
    "Verwaltungs- und Leitungskosten betragen höchstens {verwaltungSatz} der Personalkosten (auf Cent kaufmännisch gerundet).",
  check: (vn, { params }) => {
    const { verwaltung, verwaltungCap, personalkosten } = computeVerwendungsnachweis(vn, params);
    return verwaltung <= verwaltungCap
      ? []
      : [
          {
            path: ["verwaltung"],
            message: `Die Verwaltungs- und Leitungskosten (${formatEuro(verwaltung)}) übersteigen die Pauschale von ${percent(params.verwaltungCapBasisPoints)} der Personalkosten (${formatEuro(personalkosten)}): höchstens ${formatEuro(verwaltungCap)} sind möglich. Bitte den Betrag auf ${formatEuro(verwaltungCap)} oder weniger senken.`,
          },
        ];
  },
});

export const vnSachkostenCap = defineRule({
  id: "VN-SACHKOSTEN-CAP",
  kind: "verwendungsnachweis",
  severity: "fehler",
  title: "Arbeitsplatzbezogene Sachkosten betragen höchstens {sachkostenCap}.",
  check: (vn, { params }) =>
    (vn.sachkosten ?? 0) <= params.sachkostenCap
      ? []
      : [
          {
            path: ["sachkosten"],
            message: `Die arbeitsplatzbezogenen Sachkosten (${formatEuro(vn.sachkosten ?? 0)}) übersteigen die Höchstgrenze von ${formatEuro(params.sachkostenCap)}. Bitte höchstens ${formatEuro(params.sachkostenCap)} geltend machen.`,
          },
        ],
});

export const vnBudgetCap = defineRule({
  id: "VN-BUDGET-CAP",
  kind: "verwendungsnachweis",
  severity: "fehler",
  title: "Kosten für präventive Angebote der Gemeinwesenarbeit betragen höchstens {budgetCap}.",
  check: (vn, { params }) =>
    (vn.budget.betrag ?? 0) <= params.budgetCap
      ? []
      : [
          {
            path: ["budget", "betrag"],
            message: `Die Kosten für präventive Angebote der Gemeinwesenarbeit (${formatEuro(vn.budget.betrag ?? 0)}) übersteigen den Höchstbetrag des ${programmeText(params, "budgetName")}s von ${formatEuro(params.budgetCap)}. Bitte höchstens ${formatEuro(params.budgetCap)} geltend machen.`,
          },
        ],
});
