import ExcelJS from "exceljs";
import { parseRange, toAddress } from "../../workbook/cell-address";
import type { MemoryCell, MemoryWorkbook } from "../../workbook/memory-workbook";
import { loadXlsx } from "../exceljs-host";
import { plainCellValue } from "../plain-cell-value";

interface TableModel {
  name?: string;
  tableRef?: string;
  ref?: string;
}

/** An .xlsx as a plain-object workbook: every cell's value (and formula), the names and the tables. */
export const xlsxToMemory = async (bytes: Uint8Array): Promise<MemoryWorkbook> => {
  const workbook = await loadXlsx(bytes);
  const sheets = workbook.worksheets.map((sheet) => {
    const cells: Record<string, MemoryCell> = {};
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = plainCellValue(cell);
        if (value === null && !cell.formula) return;
        cells[cell.address] = { value, ...(cell.formula && { formula: cell.formula }) };
      }),
    );
    return { name: sheet.name, cells };
  });
  const names: Record<string, string> = {};
  for (const entry of workbook.definedNames.model) if (entry.ranges[0]) names[entry.name] = entry.ranges[0];
  const tables = workbook.worksheets.flatMap((sheet) =>
    Object.values((sheet as unknown as { tables?: Record<string, { model?: TableModel }> }).tables ?? {}).map(
      ({ model }) => ({
        name: model?.name ?? "",
        sheet: sheet.name,
        ref: model?.tableRef ?? model?.ref ?? "",
      }),
    ),
  );
  return { sheets, names, tables };
};

/** A plain-object workbook written as .xlsx with exceljs, so both hosts read the same workbook. */
export const memoryToXlsx = async (model: MemoryWorkbook): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  for (const source of model.sheets) {
    const sheet = workbook.addWorksheet(source.name);
    for (const table of model.tables.filter((t) => t.sheet === source.name)) {
      const { top, bottom } = parseRange(table.ref);
      const cell = (row: number, col: number) => source.cells[toAddress({ row, col })]?.value ?? null;
      const cols = Array.from({ length: bottom.col - top.col + 1 }, (_, i) => top.col + i);
      sheet.addTable({
        name: table.name,
        ref: toAddress(top),
        headerRow: true,
        columns: cols.map((c) => ({ name: String(cell(top.row, c) ?? "") })),
        rows: Array.from({ length: bottom.row - top.row }, (_, i) =>
          cols.map((c) => cell(top.row + 1 + i, c) as ExcelJS.CellValue),
        ),
      });
    }
    for (const [address, { value, formula }] of Object.entries(source.cells))
      sheet.getCell(address).value = formula
        ? { formula, result: value as number }
        : (value as ExcelJS.CellValue);
  }
  for (const [name, ref] of Object.entries(model.names)) workbook.definedNames.add(ref, name);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
