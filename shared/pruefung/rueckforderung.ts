import type { Finanzierungsart } from "../programme/pruefung-params";

/** What the Rückforderung is computed from, every amount in integer cents (docs/pruefung.md). */
export interface RueckforderungInput {
  finanzierungsart: Finanzierungsart;
  /** Kostensumme of the Schlussrechnung as the Träger stated it. */
  kostensumme: number;
  /** Sum of the amounts the Prüfvermerk did not recognise (0 without Beanstandung). */
  nichtAnerkannt: number;
  /** Weitere Zuschüsse/Einnahmen of the Schlussrechnung. */
  weitereEinnahmen: number;
  /** Sum of the recorded Auszahlungen (Abschläge and Schlusszahlung). */
  ausgezahlt: number;
  /** The granted Zuschuss; a Festbetrag programme's fixed amount (absent: what was paid). */
  bewilligt?: number;
}

export interface Rueckforderung {
  /** Kostensumme − nicht anerkannt, never below 0. */
  anerkannt: number;
  /** What the Träger may keep of the Zuwendung. */
  zustehend: number;
  /** What the Träger owes back: ausgezahlt − zustehend, never below 0. */
  betrag: number;
}

const atLeastZero = (cents: number) => Math.max(0, cents);

/**
 * Fehlbedarfsfinanzierung (the seed's Schlussrechnung): the Zuwendung covers the gap between the
 * recognised costs and the other income, so zustehend = max(0, anerkannt − weitere Einnahmen) and
 * betrag = max(0, ausgezahlt − zustehend) – which is ausgezahlt − (anerkannt − weitere Einnahmen)
 * never below 0 and never above what was paid.
 * Festbetrag: the fixed amount stays whatever else came in, unless the recognised costs fall below
 * it: zustehend = min(bewilligt, anerkannt), betrag = max(0, ausgezahlt − zustehend).
 */
export const computeRueckforderung = (input: RueckforderungInput): Rueckforderung => {
  const anerkannt = atLeastZero(input.kostensumme - input.nichtAnerkannt);
  const zustehend =
    input.finanzierungsart === "festbetrag"
      ? Math.min(input.bewilligt ?? input.ausgezahlt, anerkannt)
      : atLeastZero(anerkannt - input.weitereEinnahmen);
  return { anerkannt, zustehend, betrag: atLeastZero(input.ausgezahlt - zustehend) };
};

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

/** Days from the due date (exclusive) to `bis` (inclusive): paid on the due date = 0 days. */
export const verzugsTage = (faelligAm: string, bis: string): number =>
  atLeastZero(dayNumber(bis) - dayNumber(faelligAm));

/**
 * Interest on `betrag` for the days past due: betrag × Satz × Tage / 365 (actual/365), rounded half
 * up to the cent – in BigInt, so large amounts round exactly.
 */
export const computeZinsen = (betrag: number, jahreszinsBasisPunkte: number, tage: number): number => {
  if (betrag <= 0 || jahreszinsBasisPunkte <= 0 || tage <= 0) return 0;
  const denominator = 10_000n * 365n;
  const numerator = BigInt(betrag) * BigInt(jahreszinsBasisPunkte) * BigInt(tage);
  return Number((2n * numerator + denominator) / (2n * denominator));
};
