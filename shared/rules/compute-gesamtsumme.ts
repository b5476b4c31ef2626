import type { Jahresbericht } from "../filing/jahresbericht";
import { sumCents, type Cents } from "../money/cents";

/**
 * Gesamtsumme of Jahresbericht 3.1: the resources used, i.e. the four costs – as the
 * Verwendungsnachweis' Kostensumme and the consolidated workbook count them. „Eigenmittel/Spenden/
 * Weitere Zuwendungen“ says how much of those costs other money paid (the VN's „Weitere Zuschüsse/
 * Einnahmen“); adding it counted it twice (docs/workbook.md, „3.1: eine Lesart“). The workbook's
 * formula computes the same.
 */
export const computeGesamtsumme = (r: Jahresbericht["ressourcen"]): Cents =>
  sumCents([r.personalkosten, r.verwaltung, r.sachkosten, r.stadtteilmanagement]);
