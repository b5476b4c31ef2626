const DAY_MS = 86_400_000;
// 30.12.1899: day 0 as Excel counts from 1 March 1900 on (it takes 1900 for a leap year).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The date (UTC midnight) of an Excel serial day, e.g. 45657 → 31.12.2024. */
export const fromExcelSerial = (serial: number): Date => new Date(EXCEL_EPOCH + serial * DAY_MS);

/** The Excel serial day of a UTC midnight, e.g. `Date.UTC(2000, 0, 1)` → 36526. */
export const toExcelSerial = (utcMs: number): number => Math.round((utcMs - EXCEL_EPOCH) / DAY_MS);
