import type { FieldPath } from "../filing/labels";
import type { TableSpec } from "../layout/layout-types";
import { pathKey } from "../filing/path-access";
import { sheetRef } from "../layout/defined-names";
import { columnLetter } from "./cell-address";
import type { FoundTable } from "./workbook-index";

export interface LocatedTable {
  spec: TableSpec;
  found: FoundTable;
  /** Per layout column, the sheet column it was found in (undefined: missing). */
  columns: (number | undefined)[];
  /** Filing row index → table data row index (empty rows were dropped). */
  rowIndexes: number[];
}

const startsWith = (path: FieldPath, prefix: FieldPath) =>
  prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);

/**
 * `cellOf` for one workbook: where a field of the filing lives now (after renames and row inserts).
 * Table rows map through the dropped empty rows; a whole table maps to its data range.
 */
export const cellLocator = (fields: Map<string, string>, tables: readonly LocatedTable[]) => {
  const fieldEntries = [...fields.entries()];
  return (path: FieldPath): string | undefined => {
    const exact = fields.get(pathKey(path));
    if (exact) return exact;
    for (const t of tables) {
      if (!startsWith(path, t.spec.path)) continue;
      const { sheet, firstRow, lastRow, firstCol } = t.found;
      const rest = path.slice(t.spec.path.length);
      if (rest.length === 0) {
        const lastCol = firstCol + Math.max(t.columns.length - 1, 0);
        return sheetRef(
          sheet.name,
          `${columnLetter(firstCol)}${firstRow}:${columnLetter(lastCol)}${lastRow}`,
        );
      }
      const index = rest[0];
      const tableRow = typeof index === "number" ? t.rowIndexes[index] : undefined;
      if (tableRow === undefined) return undefined;
      const key = rest[1] ?? t.spec.columns[0]?.key;
      const c = t.spec.columns.findIndex((column) => column.key === key);
      const col = t.columns[Math.max(c, 0)] ?? firstCol;
      return sheetRef(sheet.name, `${columnLetter(col)}${firstRow + tableRow}`);
    }
    const prefix = pathKey(path) + "\u0000";
    return fieldEntries.find(([key]) => key.startsWith(prefix))?.[1];
  };
};
