import type { Worksheet } from "exceljs";
import type { ProgramParams } from "../programme/program-params";
import type { CellValue, TableSpec } from "../layout/layout-types";
import { columnLetter, parseAddress } from "../workbook/cell-address";
import { LINE_HEIGHT, textLines } from "./text-lines";
import {
  addValidation,
  font,
  horizontal,
  styleInput,
  validationForColumn,
  writableValue,
} from "./cell-format";

/** Rows a table gets: its entries, and spare empty rows up to the template's size. */
export const tableRowCount = (table: TableSpec, entries: number): number =>
  table.maxRows !== undefined ? Math.max(table.blankRows, entries) : Math.max(table.blankRows, entries + 3);

/**
 * Writes a repeating block as a native Excel table: header from the layout, one row per entry,
 * spare empty rows, and per column a number format and validation Excel copies to added rows.
 */
export const writeTable = (
  sheet: Worksheet,
  table: TableSpec,
  rows: readonly CellValue[][],
  params: ProgramParams,
) => {
  const start = parseAddress(table.start);
  const count = tableRowCount(table, rows.length);
  const width = table.columns.length;
  const values = Array.from({ length: count }, (_, i) =>
    Array.from({ length: width }, (_, c) => writableValue(rows[i]?.[c] ?? null)),
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
  table.columns.forEach((column, c) => {
    const letter = columnLetter(start.col + c);
    const header = sheet.getCell(`${letter}${start.row}`);
    header.font = font({ bold: true });
    // Headers of figures stand right, over the figures.
    header.alignment = { vertical: "bottom", horizontal: horizontal(column.type), wrapText: true };
    const first = start.row + 1;
    const last = start.row + count;
    // Texts wrap inside their column: in print a cut-off name or Wirkungstreppe step is lost.
    const wrap = column.type === "longText" || column.type === "text" || column.type === "choice";
    for (let r = first; r <= last; r++) styleInput(sheet.getCell(`${letter}${r}`), column.type, wrap);
    const validation = validationForColumn(table, c, params);
    if (validation) addValidation(sheet, `${letter}${first}:${letter}${last}`, validation);
  });
  // Rows with wrapping text get their height here: LibreOffice leaves the first row of a table at
  // one line, and Excel fits heights only when a cell is edited. Empty rows stay automatic.
  values.forEach((row, i) => {
    const needed = Math.max(
      1,
      ...row.map((v, c) => (typeof v === "string" ? textLines(v, table.columns[c]?.width ?? 10) : 1)),
    );
    if (needed > 1) sheet.getRow(start.row + 1 + i).height = LINE_HEIGHT * needed + 2;
  });
};
