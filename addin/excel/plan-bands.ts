import { toExcelSerial } from "../../shared/layout/excel-serial";
import type { CellValue } from "../../shared/layout/layout-types";
import { parseAddress, toAddress } from "../../shared/workbook/cell-address";
import type { SheetPlan } from "../../shared/workbook/plan/plan-types";
import { officeText } from "./office-text";

/**
 * Cells queued per round trip. A filing fits into one (200 Personal rows are ~1,500 cells); only a
 * bigger write is split, so no request nears Office on the web's payload limit, and each part
 * reports progress.
 */
export const CHUNK_CELLS = 20_000;

type Scalar = string | number | boolean;

/** Office.js takes no Date and no error object; text is kept as text (officeText). */
const officeValue = (v: CellValue): Scalar =>
  v === null
    ? ""
    : v instanceof Date
      ? toExcelSerial(v.getTime())
      : typeof v === "object"
        ? ""
        : typeof v === "string"
          ? officeText(v)
          : v;

/** The sheet's used block as row bands of at most CHUNK_CELLS: values and number formats. */
export const planBands = (sheet: SheetPlan) => {
  const at = sheet.cells.map((c) => ({ cell: c, pos: parseAddress(c.address) }));
  const rows = Math.max(1, ...at.map((c) => c.pos.row));
  const cols = Math.max(1, ...at.map((c) => c.pos.col));
  const values: Scalar[][] = Array.from({ length: rows }, () => Array<Scalar>(cols).fill(""));
  const formats: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill("General"));
  for (const { cell, pos } of at) {
    // Formulas come last, once the tables and names they refer to exist.
    values[pos.row - 1]![pos.col - 1] = cell.formula ? "" : officeValue(cell.value);
    // A formula cell gets its format after the formula (apply-workbook-plan).
    if (cell.numberFormat && !cell.formula) formats[pos.row - 1]![pos.col - 1] = cell.numberFormat;
  }
  const perBand = Math.max(1, Math.floor(CHUNK_CELLS / cols));
  const out: { address: string; values: Scalar[][]; formats: string[][] }[] = [];
  for (let first = 0; first < rows; first += perBand) {
    const last = Math.min(rows, first + perBand);
    out.push({
      address: `A${first + 1}:${toAddress({ row: last, col: cols })}`,
      values: values.slice(first, last),
      formats: formats.slice(first, last),
    });
  }
  return out;
};
