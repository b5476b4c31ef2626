import ExcelJS, { type Workbook, type Worksheet } from "exceljs";
import type { CellValue } from "exceljs";

/** Test helpers that change a workbook the way a user in Excel would. */
export const openWorkbook = async (buffer: Uint8Array): Promise<Workbook> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
};

export const saveWorkbook = async (workbook: Workbook): Promise<Buffer> =>
  Buffer.from(await workbook.xlsx.writeBuffer());

const quoted = (name: string) => `'${name.replace(/'/g, "''")}'!`;

/** Renames a sheet and, as Excel does, every defined name that points into it. */
export const renameSheet = (workbook: Workbook, sheet: Worksheet, name: string) => {
  const old = sheet.name;
  const model = workbook.definedNames.model.map((entry) => ({
    ...entry,
    ranges: entry.ranges.map((ref) =>
      ref.startsWith(quoted(old))
        ? quoted(name) + ref.slice(quoted(old).length)
        : ref.startsWith(`${old}!`)
          ? quoted(name) + ref.slice(old.length + 1)
          : ref,
    ),
  }));
  sheet.name = name;
  workbook.definedNames.model = model;
};

interface TableInternals {
  worksheet?: Worksheet;
  table: { ref: string; tableRef: string; rows?: CellValue[][]; columns: unknown[] };
  addRow: (values: CellValue[], rowNumber?: number) => void;
  commit: () => void;
}

/**
 * Inserts rows into a table through exceljs' table API, so the table's ref grows the way it does
 * when a user inserts table rows in Excel. A loaded table has no row model, so it is rebuilt first.
 */
export const insertTableRows = (sheet: Worksheet, tableName: string, at: number, rows: CellValue[][]) => {
  const table = (sheet as unknown as { tables: Record<string, TableInternals> }).tables[tableName];
  if (!table) throw new Error(`Tabelle ${tableName} fehlt`);
  const [topLeft = "", bottomRight = ""] = table.table.tableRef.split(":");
  const top = sheet.getCell(topLeft);
  const bottom = sheet.getCell(bottomRight);
  const width = table.table.columns.length;
  table.worksheet = sheet;
  table.table.ref = topLeft;
  table.table.rows = [];
  for (let r = Number(top.row) + 1; r <= Number(bottom.row); r++) {
    table.table.rows.push(
      Array.from({ length: width }, (_, c) => sheet.getRow(r).getCell(Number(top.col) + c).value),
    );
  }
  rows.forEach((row, i) => table.addRow(row, at + i));
  table.commit();
};
