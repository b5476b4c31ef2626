import type { Workbook, Worksheet } from "exceljs";
import { parseRange, splitSheetRef, type CellPos } from "./cell-address";

export interface NamedCell {
  sheet: Worksheet;
  address: string;
}

export interface FoundTable {
  sheet: Worksheet;
  /** First data row and column, last data row (header and totals row excluded). */
  firstRow: number;
  lastRow: number;
  firstCol: number;
  /** Column names as the table has them now. */
  columns: string[];
}

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
export const locateName = (workbook: Workbook, name: string): NamedCell | undefined => {
  const entry = workbook.definedNames.model.find((n) => sameName(n.name, name));
  const ref = entry?.ranges[0];
  const split = ref ? splitSheetRef(ref) : undefined;
  if (!split) return undefined;
  const sheet = workbook.worksheets.find((ws) => ws.name === split.sheet);
  const address = split.address.split(":")[0];
  return sheet && address ? { sheet, address } : undefined;
};

/** Finds an Excel table by name on any sheet (tables are workbook-wide names in Excel). */
export const findTable = (workbook: Workbook, name: string): FoundTable | undefined => {
  for (const sheet of workbook.worksheets) {
    const tables = (sheet as unknown as { tables?: Record<string, { model?: TableModel }> }).tables ?? {};
    for (const table of Object.values(tables)) {
      const model = table.model;
      if (!model || !(sameName(model.name, name) || sameName(model.displayName, name))) continue;
      const range = model.tableRef ?? model.ref;
      if (!range) return undefined;
      const { top, bottom }: { top: CellPos; bottom: CellPos } = parseRange(range);
      const headerRow = model.headerRow !== false;
      return {
        sheet,
        firstRow: top.row + (headerRow ? 1 : 0),
        lastRow: bottom.row - (model.totalsRow ? 1 : 0),
        firstCol: top.col,
        columns: (model.columns ?? []).map((c) => c.name ?? ""),
      };
    }
  }
  return undefined;
};
