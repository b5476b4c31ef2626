import type { Worksheet } from "exceljs";
import type { CellValue, TableSpec } from "../layout/layout-types";
import { columnLetter, parseAddress } from "./cell-address";
import { addValidation, maxRowsValidation, styleInput, validationFor } from "./cell-format";

/** Rows a table gets: its entries, and spare empty rows up to the template's size. */
export const tableRowCount = (table: TableSpec, entries: number): number =>
  table.maxRows !== undefined ? Math.max(table.blankRows, entries) : Math.max(table.blankRows, entries + 3);

/**
 * Writes a repeating block as a native Excel table: header from the layout, one row per entry,
 * spare empty rows, and per column a number format and validation Excel copies to added rows.
 */
export const writeTable = (sheet: Worksheet, table: TableSpec, rows: readonly CellValue[][]) => {
  const start = parseAddress(table.start);
  const count = tableRowCount(table, rows.length);
  const width = table.columns.length;
  const values = Array.from({ length: count }, (_, i) =>
    Array.from({ length: width }, (_, c) => {
      const v = rows[i]?.[c] ?? null;
      return v instanceof Object && !(v instanceof Date) ? null : v;
    }),
  );
  sheet.addTable({
    name: table.name,
    displayName: table.name,
    ref: table.start,
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: values,
  });
  sheet.getRow(start.row).font = { bold: true };
  table.columns.forEach((column, c) => {
    const letter = columnLetter(start.col + c);
    const first = start.row + 1;
    const last = start.row + count;
    for (let r = first; r <= last; r++) {
      styleInput(sheet.getCell(`${letter}${r}`), column.type, column.type === "longText");
    }
    const validation =
      table.maxRows !== undefined
        ? maxRowsValidation(column.type, `${letter}${first}`, `$${letter}$${start.row}`, table.maxRows)
        : validationFor(column.type, column.choices ? { choices: column.choices } : {});
    if (validation) addValidation(sheet, `${letter}${first}:${letter}${last}`, validation);
  });
};
