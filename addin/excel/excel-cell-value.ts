import type { CellValue } from "../../shared/layout/layout-types";

/**
 * One cell as Office.js reports it (`values` plus `valueTypes`) as the reader's plain value: an
 * empty cell is null, an error value `{ error }`, everything else as Excel holds it (dates as
 * serial numbers, which the reader understands). Never `text`: that is what the user's locale shows.
 */
export const excelCellValue = (value: unknown, type: string | undefined): CellValue => {
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (type === "Error") return { error: String(value) };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
};

export const excelRows = (values: unknown[][], types: string[][]): CellValue[][] =>
  values.map((row, r) => row.map((v, c) => excelCellValue(v, types[r]?.[c])));
