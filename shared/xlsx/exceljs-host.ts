import ExcelJS from "exceljs";
import type { CellValue } from "../layout/layout-types";
import { parseRange, splitSheetRef } from "../workbook/cell-address";
import {
  MAX_ROWS_BELOW,
  contiguousRows,
  inMemoryHost,
  type NamedCellRead,
  type TableRead,
} from "../workbook/workbook-host";
import { plainCellValue } from "./plain-cell-value";

interface TableModel {
  name?: string;
  displayName?: string;
  ref?: string;
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns?: { name?: string }[];
}

const sameName = (a: string | undefined, b: string) => (a ?? "").toLowerCase() === b.toLowerCase();

/** Resolves a defined name to its single cell, whatever the sheet is called or where it sits now. */
const readName = (workbook: ExcelJS.Workbook, name: string): NamedCellRead | undefined => {
  const entry = workbook.definedNames.model.find((n) => sameName(n.name, name));
  const ref = entry?.ranges[0];
  const split = ref ? splitSheetRef(ref) : undefined;
  const sheet = split && workbook.worksheets.find((ws) => ws.name === split.sheet);
  const address = split?.address.split(":")[0];
  if (!sheet || !address) return undefined;
  const cell = sheet.getCell(address);
  const shared = cell.value !== null && typeof cell.value === "object" && "sharedFormula" in cell.value;
  return {
    sheet: sheet.name,
    address,
    value: plainCellValue(cell),
    formula: Boolean(cell.formula) || shared,
  };
};

/** Finds an Excel table by name on any sheet (tables are workbook-wide names in Excel). */
const readTable = (workbook: ExcelJS.Workbook, name: string): TableRead | undefined => {
  for (const sheet of workbook.worksheets) {
    const tables = (sheet as unknown as { tables?: Record<string, { model?: TableModel }> }).tables ?? {};
    for (const { model } of Object.values(tables)) {
      if (!model || !(sameName(model.name, name) || sameName(model.displayName, name))) continue;
      const range = model.tableRef ?? model.ref;
      if (!range) return undefined;
      const { top, bottom } = parseRange(range);
      const headerRow = model.headerRow !== false ? top.row : top.row - 1;
      const lastRow = bottom.row - (model.totalsRow ? 1 : 0);
      const headers = (model.columns ?? []).map((c) => c.name ?? "");
      const row = (r: number): CellValue[] => {
        const cells = sheet.getRow(r);
        return headers.map((_, c) => plainCellValue(cells.getCell(top.col + c)));
      };
      const rows: CellValue[][] = [];
      for (let r = headerRow + 1; r <= lastRow; r++) rows.push(row(r));
      const below: CellValue[][] = [];
      for (let r = lastRow + 1; r <= Math.min(lastRow + MAX_ROWS_BELOW, sheet.rowCount); r++)
        below.push(row(r));
      return { sheet: sheet.name, headerRow, firstCol: top.col, headers, rows, below: contiguousRows(below) };
    }
  }
  return undefined;
};

/** The workbook reader's host over an .xlsx file loaded with exceljs. */
export const excelJsHost = (workbook: ExcelJS.Workbook) =>
  inMemoryHost({
    name: (n) => readName(workbook, n),
    table: (t) => readTable(workbook, t),
    sheets: () => workbook.worksheets.map((ws) => ws.name),
  });

/** Loads .xlsx bytes; throws when they are no readable workbook. */
export const loadXlsx = async (bytes: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  const buffer =
    bytes instanceof ArrayBuffer
      ? bytes
      : (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  await workbook.xlsx.load(buffer);
  return workbook;
};
