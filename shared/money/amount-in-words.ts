import { toCurrency } from "n2words/de-DE";
import type { Cents } from "./cents";

/**
 * "in Worten" for an amount: 61.234,56 → "einundsechzigtausendzweihundertvierunddreißig Euro und
 * sechsundfünfzig Cent". Built from a decimal string so no float ever reaches the library.
 */
export const amountInWords = (cents: Cents): string => {
  const abs = Math.abs(cents);
  const decimal = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
  return toCurrency(decimal);
};

/** Compares a typed "in Worten" with the derived one, ignoring case, spaces and hyphens. */
export const sameWords = (typed: string, derived: string): boolean => {
  const norm = (s: string) => s.toLowerCase().replace(/[\s\-–]+/g, "");
  return norm(typed) === norm(derived);
};
