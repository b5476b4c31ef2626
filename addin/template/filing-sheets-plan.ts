import type { Filing } from "../../shared/filing/filing";
import { CHOICE_LISTS } from "../../shared/layout/choice-lists";
import { listColumn, listRange } from "../../shared/layout/defined-names";
import { toExcelSerial } from "../../shared/layout/excel-serial";
import { filingToCells } from "../../shared/layout/filing-to-cells";
import type { CellValue } from "../../shared/layout/layout-types";
import { formulaFor, layoutFor } from "../../shared/layout/layouts";
import { LAYOUT_VERSION, META_FIELDS, META_SHEET, type MetaKey } from "../../shared/layout/meta-layout";
import type { ProgramParams } from "../../shared/programme/program-params";
import { parseAddress, toAddress } from "../../shared/workbook/cell-address";
import { NUMBER_FORMATS } from "../../shared/xlsx/cell-format";
import { tableRowCount } from "../../shared/xlsx/write-table";

/** A cell to write: a plain value (dates as Excel serial days) or a formula, with its number format. */
export interface PlannedCell {
  address: string;
  value?: string | number | boolean | null;
  formula?: string;
  numberFormat?: string;
}

export interface PlannedSheet {
  name: string;
  hidden: boolean;
  cells: PlannedCell[];
  /** Widths in the layout's units (characters), column A first. */
  columnWidths: number[];
}

export interface SheetsPlan {
  sheets: PlannedSheet[];
  names: { name: string; sheet: string; address: string }[];
  tables: { name: string; sheet: string; range: string }[];
}

export interface PlanOptions {
  /** A stored version opened for review gets sheets of its own name ("Verwendungsnachweis v2"). */
  sheetName?: (name: string) => string;
  /**
   * False for such a review copy: no defined names, tables or metadata, so it never clashes with the
   * workbook's own template and the reader never mistakes it for the filing; results as values.
   */
  live: boolean;
}

const plain = (v: CellValue): PlannedCell["value"] =>
  v instanceof Date ? toExcelSerial(v.getTime()) : typeof v === "object" && v !== null ? null : v;

/**
 * Interim: the sheets, cells, names and tables of a filing's workbook as plain data, from the shared
 * layout (labels, addresses, formulas, number formats) – what the exceljs writer puts into a file,
 * without its styles, validation and print setup. The lead's `workbookPlan` in shared/ replaces it.
 */
export const filingSheetsPlan = (filing: Filing, params: ProgramParams, options: PlanOptions): SheetsPlan => {
  const layout = layoutFor(filing.kind);
  const cells = filingToCells(filing, params);
  const rename = options.sheetName ?? ((n: string) => n);
  const plan: SheetsPlan = { sheets: [], names: [], tables: [] };
  for (const spec of layout.sheets) {
    const sheet: PlannedSheet = {
      name: rename(spec.name),
      hidden: false,
      cells: [],
      columnWidths: spec.columnWidths,
    };
    for (const text of spec.texts) sheet.cells.push({ address: text.address, value: text.text });
    for (const field of layout.fields.filter((f) => f.sheet === spec.name)) {
      const formula = options.live ? formulaFor(field, params) : undefined;
      const numberFormat = NUMBER_FORMATS[field.type];
      sheet.cells.push(
        formula
          ? { address: field.address, formula, numberFormat }
          : { address: field.address, value: plain(cells.fields[field.name] ?? null), numberFormat },
      );
      if (options.live) plan.names.push({ name: field.name, sheet: sheet.name, address: field.address });
    }
    for (const echo of spec.echoes ?? []) {
      const { row, col } = parseAddress(echo.address);
      sheet.cells.push({ address: toAddress({ row, col: col - 1 }), value: echo.caption });
      sheet.cells.push(
        options.live
          ? { address: echo.address, formula: echo.name, numberFormat: NUMBER_FORMATS[echo.type] }
          : {
              address: echo.address,
              value: plain(cells.fields[echo.name] ?? null),
              numberFormat: NUMBER_FORMATS[echo.type],
            },
      );
    }
    for (const table of layout.tables.filter((t) => t.sheet === spec.name)) {
      const start = parseAddress(table.start);
      const rows = cells.tables[table.name] ?? [];
      const count = tableRowCount(table, rows.length);
      table.columns.forEach((column, c) => {
        const col = start.col + c;
        sheet.cells.push({ address: toAddress({ row: start.row, col }), value: column.header });
        for (let r = 0; r < count; r++)
          sheet.cells.push({
            address: toAddress({ row: start.row + 1 + r, col }),
            value: plain(rows[r]?.[c] ?? null),
            numberFormat: NUMBER_FORMATS[column.type],
          });
      });
      const end = toAddress({ row: start.row + count, col: start.col + table.columns.length - 1 });
      if (options.live)
        plan.tables.push({ name: table.name, sheet: sheet.name, range: `${table.start}:${end}` });
    }
    plan.sheets.push(sheet);
  }
  if (options.live) plan.sheets.push(metaSheet(filing, plan));
  return plan;
};

/** The hidden sheet naming the filing (META_*) and holding the dropdown lists (LST_*). */
const metaSheet = (filing: Filing, plan: SheetsPlan): PlannedSheet => {
  const values: Record<MetaKey, string | number> = {
    layoutVersion: LAYOUT_VERSION,
    kind: filing.kind,
    programmeId: filing.meta.programmeId,
    traegerId: filing.meta.traegerId,
    districtId: filing.meta.districtId,
    year: filing.meta.year,
  };
  const cells: PlannedCell[] = [
    { address: "A1", value: "Förderbericht – Metadaten und Auswahllisten (bitte nicht ändern)" },
  ];
  for (const field of META_FIELDS) {
    cells.push({ address: `A${parseAddress(field.address).row}`, value: field.label });
    cells.push({ address: field.address, value: values[field.key] });
    plan.names.push({ name: field.name, sheet: META_SHEET, address: field.address });
  }
  Object.values(CHOICE_LISTS).forEach((list, i) => {
    const column = listColumn(i);
    cells.push({ address: `${column}1`, value: list.title });
    list.options.forEach((option, j) => cells.push({ address: `${column}${j + 2}`, value: option.label }));
    plan.names.push({ name: list.name, sheet: META_SHEET, address: listRange(i, list.options.length) });
  });
  return { name: META_SHEET, hidden: true, cells, columnWidths: [36, 24] };
};
