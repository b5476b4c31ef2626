import { shareOfCents, sumCents, type Cents } from "../money/cents";
import type { ProgramParams } from "../programme/program-params";
import type { Verwendungsnachweis } from "../filing/verwendungsnachweis";

/** Every figure the Verwendungsnachweis derives; the workbook's formulas compute the same. */
export interface VerwendungsnachweisTotals {
  personalkosten: Cents;
  /** 13 % of Personalkosten, half-up to whole cents. */
  verwaltungCap: Cents;
  verwaltung: Cents;
  sachkosten: Cents;
  budget: Cents;
  budgetZeilenSumme: Cents;
  zuschuss: Cents;
  weitereEinnahmen: Cents;
  kostensumme: Cents;
  /** (Zuschuss + weitere Einnahmen) − Kostensumme; positive = funds not spent. */
  differenz: Cents;
}

export const computeVerwendungsnachweis = (
  vn: Verwendungsnachweis,
  params: Pick<ProgramParams, "verwaltungCapBasisPoints">,
): VerwendungsnachweisTotals => {
  const personalkosten = sumCents(vn.personal.zeilen.map((z) => z.personalkosten));
  const verwaltung = vn.verwaltung ?? 0;
  const sachkosten = vn.sachkosten ?? 0;
  const budget = vn.budget.betrag ?? 0;
  const zuschuss = vn.kopf.zuschuss ?? 0;
  const weitereEinnahmen = vn.schlussrechnung.weitereEinnahmen ?? 0;
  const kostensumme = personalkosten + verwaltung + sachkosten + budget;
  return {
    personalkosten,
    verwaltungCap: shareOfCents(personalkosten, params.verwaltungCapBasisPoints),
    verwaltung,
    sachkosten,
    budget,
    budgetZeilenSumme: sumCents(vn.budget.zeilen.map((z) => z.betrag)),
    zuschuss,
    weitereEinnahmen,
    kostensumme,
    differenz: zuschuss + weitereEinnahmen - kostensumme,
  };
};

/** Where the form states each figure a total is taken from: the cell a transfer rule points to. */
export const TOTAL_SOURCES = {
  zuschuss: ["kopf", "zuschuss"],
  personalkosten: ["personal", "summe"],
  verwaltung: ["verwaltung"],
  sachkosten: ["sachkosten"],
  budget: ["budget", "betrag"],
  weitereEinnahmen: ["schlussrechnung", "weitereEinnahmen"],
} as const satisfies Partial<Record<keyof VerwendungsnachweisTotals, readonly string[]>>;
