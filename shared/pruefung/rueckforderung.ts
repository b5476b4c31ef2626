import type { Finanzierungsart } from "../programme/pruefung-params";

/** The Finanzierungsart as the sheet, the card and the docs name it. */
export const FINANZIERUNGSART_LABELS: Record<Finanzierungsart, string> = {
  fehlbedarfsfinanzierung: "Fehlbedarfsfinanzierung",
  festbetrag: "Festbetragsfinanzierung",
};

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
export const computeZinsen = (betrag: number, jahreszinsBasisPunkte: number, tage: number): number =>
  roundHalfUp(zinsZaehler(betrag, jahreszinsBasisPunkte, tage));

const ZINS_NENNER = 10_000n * 365n;
/** Interest in cents × ZINS_NENNER: exact, so several periods add up before the one rounding. */
const zinsZaehler = (betrag: number, basisPunkte: number, tage: number): bigint =>
  betrag <= 0 || basisPunkte <= 0 || tage <= 0 ? 0n : BigInt(betrag) * BigInt(basisPunkte) * BigInt(tage);
const roundHalfUp = (zaehler: bigint): number => Number((2n * zaehler + ZINS_NENNER) / (2n * ZINS_NENNER));

export interface VerzugszinsenInput {
  /** The Rückforderung as set (Festsetzung), cents. */
  betrag: number;
  faelligAm: string;
  /** Repayments received (Zahlungseingang), in any order. */
  rueckzahlungen: readonly { datum: string; betrag: number }[];
  /** Interest runs until this day while something is open (today). */
  bis: string;
  jahreszinsBasisPunkte: number;
}

/**
 * Interest on what is still open, period by period: after the due date each day bears interest on
 * the amount not yet repaid that day, so a part repaid early stops bearing interest then. A single
 * full repayment gives exactly computeZinsen(betrag, Satz, Verzugstage). Summed exactly, rounded
 * once (half up to the cent).
 */
export const computeVerzugszinsen = (input: VerzugszinsenInput): number => {
  const bp = input.jahreszinsBasisPunkte;
  let offen = input.betrag;
  let von = input.faelligAm;
  let zaehler = 0n;
  const eingaenge = [...input.rueckzahlungen].sort((a, b) => (a.datum < b.datum ? -1 : 1));
  for (const zahlung of eingaenge) {
    if (offen <= 0) break;
    if (zahlung.datum > von) {
      zaehler += zinsZaehler(offen, bp, verzugsTage(von, zahlung.datum));
      von = zahlung.datum;
    }
    offen -= zahlung.betrag;
  }
  if (offen > 0 && input.bis > von) zaehler += zinsZaehler(offen, bp, verzugsTage(von, input.bis));
  return roundHalfUp(zaehler);
};
