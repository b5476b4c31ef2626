import type { FieldPath } from "../filing/labels";
import { pathKey } from "../filing/path-access";
import { sheetRef } from "../layout/defined-names";
import type { TableSpec } from "../layout/layout-types";
import { columnLetter } from "./cell-address";
import type { TableRead } from "./workbook-host";

export interface LocatedTable {
  spec: TableSpec;
  table: TableRead;
  /** Per layout column, its index among the table's columns now (undefined: missing). */
  columns: (number | undefined)[];
  /** Filing row index → row index under the header (empty rows were dropped; rows below continue on). */
  rowIndexes: number[];
}

const startsWith = (path: FieldPath, prefix: FieldPath) =>
  prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);

/** Where fields live in one workbook now; built by the reader, used to put findings at their cells. */
export type CellOf = (path: FieldPath) => string | undefined;

/**
 * `cellOf` for one workbook: where a field of the filing lives now (after renames and row inserts).
 * Table rows map through the dropped empty rows; a whole table maps to its data range.
 */
export const cellLocator = (fields: Map<string, string>, tables: readonly LocatedTable[]): CellOf => {
  const fieldEntries = [...fields.entries()];
  return (path) => {
    const exact = fields.get(pathKey(path));
    if (exact) return exact;
    for (const t of tables) {
      if (!startsWith(path, t.spec.path)) continue;
      const { sheet, headerRow, firstCol, headers, rows } = t.table;
      const rest = path.slice(t.spec.path.length);
      if (rest.length === 0) {
        const lastCol = firstCol + Math.max(headers.length - 1, 0);
        const lastRow = headerRow + Math.max(rows.length, 1);
        return sheetRef(
          sheet,
          `${columnLetter(firstCol)}${headerRow + 1}:${columnLetter(lastCol)}${lastRow}`,
        );
      }
      const index = rest[0];
      const tableRow = typeof index === "number" ? t.rowIndexes[index] : undefined;
      if (tableRow === undefined) return undefined;
      const key = rest[1] ?? t.spec.columns[0]?.key;
      const c = t.spec.columns.findIndex((column) => column.key === key);
      const col = firstCol + (t.columns[Math.max(c, 0)] ?? 0);
      return sheetRef(sheet, `${columnLetter(col)}${headerRow + 1 + tableRow}`);
    }
    const prefix = pathKey(path) + "\u0000";
    return fieldEntries.find(([key]) => key.startsWith(prefix))?.[1];
  };
};
