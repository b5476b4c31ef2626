import { parseGermanAmount } from "../../../shared/money/parse-money";
import type { AUSZAHLUNG_ARTEN } from "../../../shared/pruefung/zahlung";
import { type ZahlungVorgang } from "../../../shared/pruefung/zahlung";

export type AuszahlungArt = (typeof AUSZAHLUNG_ARTEN)[number];
export type Auszahlung = Extract<ZahlungVorgang, { typ: "auszahlung" }>;

/** The payment form as typed: the amount as German text („1.234,56“), the day as yyyy-mm-dd. */
export interface PaymentDraft {
  art: AuszahlungArt;
  datum: string;
  betrag: string;
}

export const emptyPaymentDraft = (): PaymentDraft => ({ art: "abschlag", datum: "", betrag: "" });

/** German message per field that is not right yet; empty when the draft can be saved. */
export type PaymentErrors = Partial<Record<"datum" | "betrag", string>>;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (s: string) => ISO_DAY.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/**
 * The Auszahlung the draft describes, or a German message per field naming it. Amounts are read
 * as German text (DOMAIN.md „Money“) and must be above 0: the ledger is append-only and amounts
 * are never negative, so a payment entered wrongly is not edited here but clarified in the file.
 */
export const parsePaymentDraft = (
  draft: PaymentDraft,
): { ok: true; vorgang: Auszahlung } | { ok: false; errors: PaymentErrors } => {
  const errors: PaymentErrors = {};
  if (!draft.datum.trim()) errors.datum = "Datum: bitte den Tag der Zahlung angeben.";
  else if (!isDay(draft.datum.trim()))
    errors.datum = `Datum: „${draft.datum.trim()}“ ist kein Tag. Bitte als TT.MM.JJJJ wählen.`;
  const amount = parseGermanAmount(draft.betrag);
  if (!amount.ok) errors.betrag = `Betrag: ${amount.error}`;
  else if (!amount.cents) errors.betrag = "Betrag: bitte den gezahlten Betrag angeben, größer als 0,00 €.";
  if (errors.datum || errors.betrag || !amount.ok || !amount.cents) return { ok: false, errors };
  return {
    ok: true,
    vorgang: { typ: "auszahlung", art: draft.art, datum: draft.datum.trim(), betrag: amount.cents },
  };
};
