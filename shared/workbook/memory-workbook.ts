import type { CellValue } from "../layout/layout-types";
import { parseAddress, parseRange, splitSheetRef, toAddress } from "./cell-address";
import {
  MAX_ROWS_BELOW,
  contiguousRows,
  inMemoryHost,
  type NamedCellRead,
  type TableRead,
} from "./workbook-host";

/** A cell of the plain-object workbook: what it shows and, for a result, its formula. */
export interface MemoryCell {
  value: CellValue;
  formula?: string;
}

export interface MemorySheet {
  name: string;
  /** By plain A1 address, e.g. "B12". */
  cells: Record<string, MemoryCell>;
}

export interface MemoryTable {
  name: string;
  sheet: string;
  /** Header row included, e.g. "A4:F12". */
  ref: string;
}

/**
 * A workbook as plain objects: sheets of cells, defined names (`'Sheet'!$B$3`) and tables. Tests
 * build and edit it like a user would a workbook; `memoryHost` reads it like Excel would.
 */
export interface MemoryWorkbook {
  sheets: MemorySheet[];
  names: Record<string, string>;
  tables: MemoryTable[];
}

const valueAt = (sheet: MemorySheet | undefined, row: number, col: number): CellValue =>
  sheet?.cells[toAddress({ row, col })]?.value ?? null;

const readName = (workbook: MemoryWorkbook, name: string): NamedCellRead | undefined => {
  const key = Object.keys(workbook.names).find((n) => n.toLowerCase() === name.toLowerCase());
  const split = key === undefined ? undefined : splitSheetRef(workbook.names[key]!);
  const sheet = split && workbook.sheets.find((s) => s.name === split.sheet);
  if (!split || !sheet) return undefined;
  const address = split.address.split(":")[0]!;
  const cell = sheet.cells[address];
  return { sheet: sheet.name, address, value: cell?.value ?? null, formula: cell?.formula !== undefined };
};

const readTable = (workbook: MemoryWorkbook, name: string): TableRead | undefined => {
  const table = workbook.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  const sheet = table && workbook.sheets.find((s) => s.name === table.sheet);
  if (!table || !sheet) return undefined;
  const { top, bottom } = parseRange(table.ref);
  const width = bottom.col - top.col + 1;
  const row = (r: number) => Array.from({ length: width }, (_, c) => valueAt(sheet, r, top.col + c));
  const rows: CellValue[][] = [];
  for (let r = top.row + 1; r <= bottom.row; r++) rows.push(row(r));
  const below = Array.from({ length: MAX_ROWS_BELOW }, (_, i) => row(bottom.row + 1 + i));
  return {
    sheet: sheet.name,
    headerRow: top.row,
    firstCol: top.col,
    headers: row(top.row).map((h) => (h === null ? "" : String(h))),
    rows,
    below: contiguousRows(below),
  };
};

/** The honest in-memory host: reads names and tables of a plain-object workbook. */
export const memoryHost = (workbook: MemoryWorkbook) =>
  inMemoryHost({
    name: (n) => readName(workbook, n),
    table: (t) => readTable(workbook, t),
    sheets: () => workbook.sheets.map((s) => s.name),
  });

/** Sets a cell's value (a user typing), keeping no formula. */
export const setCell = (workbook: MemoryWorkbook, sheet: string, address: string, value: CellValue): void => {
  const target = workbook.sheets.find((s) => s.name === sheet);
  if (!target) throw new Error(`Blatt ${sheet} fehlt`);
  target.cells[toAddress(parseAddress(address))] = { value };
};
