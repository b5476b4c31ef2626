import type { Jahresbericht } from "../filing/jahresbericht";
import { sumCents, type Cents } from "../money/cents";

/** Gesamtsumme of Jahresbericht 3.1: the five positions; the workbook's formula computes the same. */
export const computeGesamtsumme = (r: Jahresbericht["ressourcen"]): Cents =>
  sumCents([r.personalkosten, r.verwaltung, r.sachkosten, r.stadtteilmanagement, r.eigenmittel]);
