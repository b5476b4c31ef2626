import { formOf } from "../filing/forms";
import type { Filing, FilingKind, FilingMeta } from "../filing/filing";
import type { FieldPath } from "../filing/labels";
import type { WorkbookCells } from "./filing-to-cells";
import type { CellValue, TableSpec } from "./layout-types";
import { layoutFor } from "./layouts";
import { setIn } from "../filing/path-access";
import { readCellValue, type ReadIssue } from "./read-cell-value";

export interface CellIssue extends ReadIssue {
  path: FieldPath;
}

export interface CellsToFilingResult {
  filing: Filing;
  issues: CellIssue[];
  /** Per table: for each row of the filing, the index of the table row it came from (empty rows are dropped). */
  rowIndexes: Record<string, number[]>;
}

const isEmptyCell = (v: CellValue | undefined) =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

const readTable = (table: TableSpec, rows: CellValue[][], issues: CellIssue[], programmeId: string) => {
  const items: unknown[] = [];
  const indexes: number[] = [];
  rows.forEach((cells, rowIndex) => {
    if (cells.every(isEmptyCell)) return;
    const at = items.length;
    const item: Record<string, unknown> = {};
    table.columns.forEach((column, c) => {
      const path = [...table.path, at, ...(column.key === "" ? [] : [column.key])];
      const read = readCellValue(column.type, cells[c] ?? null, column.choices, programmeId);
      if (read.issue) issues.push({ ...read.issue, path });
      item[column.key] = read.value;
    });
    items.push(table.columns.length === 1 && table.columns[0]?.key === "" ? item[""] : item);
    indexes.push(rowIndex);
  });
  return { items, indexes };
};

/**
 * Builds a filing from cell contents. Every readable cell lands in its field; every unreadable one
 * is an EINGABE-* issue with the field's path and the field stays empty. Fully empty rows are dropped.
 * Names or tables missing from `cells` leave their fields empty (the workbook reader reports them).
 */
export const cellsToFiling = (
  kind: FilingKind,
  meta: FilingMeta,
  cells: WorkbookCells,
): CellsToFilingResult => {
  const layout = layoutFor(kind);
  const data = formOf(kind).empty();
  const issues: CellIssue[] = [];
  for (const field of layout.fields) {
    const raw = cells.fields[field.name];
    if (!field.path || raw === undefined) continue;
    const read = readCellValue(field.type, raw, field.choices, meta.programmeId);
    if (read.issue) issues.push({ ...read.issue, path: field.path });
    setIn(data, field.path, read.value);
  }
  const rowIndexes: Record<string, number[]> = {};
  for (const table of layout.tables) {
    const rows = cells.tables[table.name];
    if (!rows) continue;
    const { items, indexes } = readTable(table, rows, issues, meta.programmeId);
    setIn(data, table.path, items);
    rowIndexes[table.name] = indexes;
  }
  return { filing: { kind, meta, data } as Filing, issues, rowIndexes };
};
