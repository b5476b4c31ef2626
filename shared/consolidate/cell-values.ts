import { toExcelSerial } from "../layout/excel-serial";

/** Cents as the euro number a cell holds (formatted `1.234,56 €`); null stays an empty cell. */
export const euros = (cents: number | null | undefined): number | null =>
  cents === null || cents === undefined ? null : cents / 100;

/** An ISO date as the Excel serial day a date cell holds. */
export const excelDate = (iso: string): number => toExcelSerial(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`));

/** Cents of a euro sum without float noise, for cached formula results. */
export const roundEuros = (value: number): number => Math.round(value * 100) / 100;

/**
 * XML 1.0 cannot carry most control characters; a pasted one would make the whole file unreadable.
 * Tabs and line breaks stay.
 */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export const cleanText = (text: string): string => text.replace(XML_INVALID, "");
