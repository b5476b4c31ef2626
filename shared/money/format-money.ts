import type { Cents } from "./cents";

const euro = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" });
const plain = new Intl.NumberFormat("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** `1.234,56 €` (de-DE; a non-breaking space before the sign, as Excel and Intl write it). */
export const formatEuro = (cents: Cents): string => euro.format(cents / 100);

/** `1.234,56` without the currency sign, for tables and messages that name the unit elsewhere. */
export const formatAmount = (cents: Cents): string => plain.format(cents / 100);

/** Excel number format for euro cells in de-DE workbooks. */
export const EURO_NUMBER_FORMAT = '#,##0.00 "€"';
