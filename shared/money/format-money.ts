import type { Cents } from "./cents";

const euro = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" });
const plain = new Intl.NumberFormat("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** `1.234,56 €` (de-DE; a non-breaking space before the sign, as Excel and Intl write it). */
export const formatEuro = (cents: Cents): string => euro.format(cents / 100);

/** `1.234,56` without the currency sign, for tables and messages that name the unit elsewhere. */
export const formatAmount = (cents: Cents): string => plain.format(cents / 100);

/**
 * Excel number format for euro cells. `[$-407]` tags the format as de-DE: LibreOffice then prints
 * „105.668,55 €“ whatever the machine's locale (a plain `#,##0.00` printed „105,668.55 €“ in en-US).
 */
export const EURO_NUMBER_FORMAT = '[$-407]#,##0.00 "€"';
