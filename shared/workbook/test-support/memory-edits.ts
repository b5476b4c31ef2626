import type { CellValue } from "../../layout/layout-types";
import { splitSheetRef } from "../cell-address";
import type { MemoryWorkbook } from "../memory-workbook";

/** Edits of a plain-object workbook the way a user in Excel makes them. */

export const typeInto = (wb: MemoryWorkbook, ref: string, value: CellValue): void => {
  const { sheet, address } = splitSheetRef(ref)!;
  wb.sheets.find((s) => s.name === sheet)!.cells[address] = { value };
};

/** Renames a sheet; Excel moves names and tables with it. */
export const renameSheet = (wb: MemoryWorkbook, from: string, to: string): void => {
  wb.sheets.find((s) => s.name === from)!.name = to;
  const quoted = (name: string) => `'${name.replace(/'/g, "''")}'!`;
  for (const [name, ref] of Object.entries(wb.names))
    if (ref.startsWith(quoted(from))) wb.names[name] = quoted(to) + ref.slice(quoted(from).length);
  for (const table of wb.tables) if (table.sheet === from) table.sheet = to;
};

export const deleteName = (wb: MemoryWorkbook, name: string): void => {
  delete wb.names[name];
};

/** The sheet-qualified cell a defined name points to, e.g. "'Personal'!F5". */
export const refOf = (wb: MemoryWorkbook, name: string): string => {
  const ref = wb.names[name];
  if (!ref) throw new Error(`Name ${name} fehlt`);
  const { sheet, address } = splitSheetRef(ref)!;
  return `'${sheet.replace(/'/g, "''")}'!${address.split(":")[0]}`;
};
