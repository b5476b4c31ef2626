import type { Finanzierungsart } from "../programme/pruefung-params";
import { KOSTENARTEN, type Ergebnis, type Kostenart } from "./pruefvermerk";
import type { RueckforderungInput } from "./rueckforderung";

/** The figures of a Verwendungsnachweis a Rückforderung needs (cents), as filingAmounts derives them. */
export interface RueckforderungAmounts {
  kostensumme: number;
  weitereEinnahmen: number;
  personal: number;
  verwaltung: number;
  sachkosten: number;
  budget: number;
}

const KOSTENART_AMOUNT: Record<Kostenart, keyof RueckforderungAmounts> = {
  personalkosten: "personal",
  verwaltung: "verwaltung",
  sachkosten: "sachkosten",
  budget: "budget",
};

/**
 * What the Prüfvermerk effectively does not recognise: per Kostenart at most what the form states
 * for it – refusing 5.000 € of 3.000 € Sachkosten cannot take recognition away from the Personal.
 */
export const wirksamNichtAnerkannt = (
  ergebnis: Ergebnis | undefined,
  amounts: RueckforderungAmounts,
): number =>
  ergebnis?.art !== "mit_beanstandung"
    ? 0
    : KOSTENARTEN.reduce(
        (sum, k) =>
          sum + Math.min(ergebnis.nichtAnerkannt[k] ?? 0, Math.max(0, amounts[KOSTENART_AMOUNT[k]])),
        0,
      );

/** The one mapping from a filing's figures, its Prüfvermerk and its payments to the computation. */
export const rueckforderungInput = (x: {
  finanzierungsart: Finanzierungsart;
  amounts: RueckforderungAmounts;
  ergebnis: Ergebnis | undefined;
  ausgezahlt: number;
  bewilligt: number | null;
}): RueckforderungInput => ({
  finanzierungsart: x.finanzierungsart,
  kostensumme: x.amounts.kostensumme,
  nichtAnerkannt: wirksamNichtAnerkannt(x.ergebnis, x.amounts),
  weitereEinnahmen: x.amounts.weitereEinnahmen,
  ausgezahlt: x.ausgezahlt,
  ...(x.bewilligt !== null && { bewilligt: x.bewilligt }),
});
