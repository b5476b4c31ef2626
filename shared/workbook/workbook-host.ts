import type { CellValue } from "../layout/layout-types";

/** A defined name's cell as a host finds it now (after users renamed or moved sheets). */
export interface NamedCellRead {
  sheet: string;
  /** Plain A1 address without `$`, e.g. "B12". */
  address: string;
  /** What the cell shows: a formula's result, never the formula. */
  value: CellValue;
  /** Whether the cell holds a formula; a host that cannot tell leaves it out. */
  formula?: boolean;
}

/** An Excel table as a host finds it now: where it starts, its headers and its data rows. */
export interface TableRead {
  sheet: string;
  /** Row number of the header row (1-based). */
  headerRow: number;
  /** Column number of the table's first column (1-based, A = 1). */
  firstCol: number;
  /** Column headers as the table has them now (users may rename or reorder them). */
  headers: string[];
  /** The data body, one array per row, each as wide as `headers`. */
  rows: CellValue[][];
  /**
   * The rows directly under the table, as wide as the table, up to the first empty one: what a user
   * typed "under the table" where the spreadsheet program did not grow it (LibreOffice does not).
   */
  below: CellValue[][];
}

/** Which names and tables a reader wants; a host reads them all in one go. */
export interface WorkbookRequest {
  names: readonly string[];
  tables: readonly string[];
}

/** Everything the reader needs of a workbook, as plain data. Missing names and tables are absent. */
export interface WorkbookSnapshot {
  names: Record<string, NamedCellRead | undefined>;
  tables: Record<string, TableRead | undefined>;
  sheets: string[];
}

/**
 * What the workbook reader needs from a spreadsheet host: exceljs on a file (shared/xlsx), Office.js
 * in Excel (addin/excel), plain objects in tests (memory-host.ts). One call per read, so a host like
 * Office.js can batch every load into as few round trips as it needs.
 */
export interface WorkbookHost {
  read(request: WorkbookRequest): Promise<WorkbookSnapshot>;
}

/**
 * A host over a workbook already in memory (a file, plain objects): each name and table read on its
 * own, as there are no round trips to batch. Office.js batches instead (addin/excel).
 */
export const inMemoryHost = (book: {
  name: (name: string) => NamedCellRead | undefined;
  table: (name: string) => TableRead | undefined;
  sheets: () => string[];
}): WorkbookHost => ({
  read: async (request) => ({
    names: Object.fromEntries(request.names.map((n) => [n, book.name(n)])),
    tables: Object.fromEntries(request.tables.map((t) => [t, book.table(t)])),
    sheets: book.sheets(),
  }),
});

/** Rows under a table are read up to this many: a user types a few, not thousands. */
export const MAX_ROWS_BELOW = 200;

export const isEmptyValue = (v: CellValue | undefined): boolean =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** The rows under a table up to (not including) the first empty one. */
export const contiguousRows = (rows: readonly CellValue[][]): CellValue[][] => {
  const end = rows.findIndex((row) => row.every(isEmptyValue));
  return (end < 0 ? rows : rows.slice(0, end)).slice(0, MAX_ROWS_BELOW);
};
