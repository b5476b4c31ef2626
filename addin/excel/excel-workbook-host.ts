import { parseRange, splitSheetRef } from "../../shared/workbook/cell-address";
import {
  MAX_ROWS_BELOW,
  contiguousRows,
  type NamedCellRead,
  type TableRead,
  type WorkbookHost,
  type WorkbookRequest,
  type WorkbookSnapshot,
} from "../../shared/workbook/workbook-host";
import { excelRows } from "./excel-cell-value";

const lower = (s: string) => s.toLowerCase();

/**
 * The workbook reader's host over the open workbook, in one `Excel.run` with two round trips: the
 * first learns which of the wanted names and tables exist (a broken name would fail a whole batch),
 * the second loads exactly their cells – values and value types, never text or formats.
 */
export const excelWorkbookHost = (): WorkbookHost => ({
  read: (request: WorkbookRequest) =>
    Excel.run(async (context): Promise<WorkbookSnapshot> => {
      const { workbook } = context;
      const names = workbook.names.load("items/name,items/type");
      const tables = workbook.tables.load("items/name");
      const sheets = workbook.worksheets.load("items/name");
      await context.sync();

      const nameByKey = new Map(names.items.filter((n) => n.type === "Range").map((n) => [lower(n.name), n]));
      const tableByKey = new Map(tables.items.map((t) => [lower(t.name), t]));
      const nameRanges = request.names.map((wanted) =>
        nameByKey.get(lower(wanted))?.getRange().load("address,values,valueTypes"),
      );
      const tableRanges = request.tables.map((wanted) => {
        const table = tableByKey.get(lower(wanted));
        if (!table) return undefined;
        const header = table.getHeaderRowRange().load("address,values");
        const body = table.getDataBodyRange().load("values,valueTypes");
        const below = table.getRange().getRowsBelow(MAX_ROWS_BELOW).load("values,valueTypes");
        return { header, body, below };
      });
      await context.sync();

      const namedCell = (range: Excel.Range | undefined): NamedCellRead | undefined => {
        const split = range && splitSheetRef(range.address);
        if (!range || !split) return undefined;
        const [value] = excelRows([[range.values[0]?.[0]]], [[range.valueTypes[0]?.[0] ?? "Empty"]])[0]!;
        return { sheet: split.sheet, address: split.address.split(":")[0]!, value: value ?? null };
      };
      const tableRead = (t: (typeof tableRanges)[number]): TableRead | undefined => {
        const split = t && splitSheetRef(t.header.address);
        if (!t || !split) return undefined;
        const { top } = parseRange(split.address);
        return {
          sheet: split.sheet,
          headerRow: top.row,
          firstCol: top.col,
          headers: (t.header.values[0] ?? []).map((h) => String(h)),
          rows: excelRows(t.body.values, t.body.valueTypes),
          below: contiguousRows(excelRows(t.below.values, t.below.valueTypes)),
        };
      };
      return {
        names: Object.fromEntries(request.names.map((n, i) => [n, namedCell(nameRanges[i])])),
        tables: Object.fromEntries(request.tables.map((t, i) => [t, tableRead(tableRanges[i])])),
        sheets: sheets.items.map((s) => s.name),
      };
    }),
});
