import type { CellValue } from "../../../shared/layout/layout-types";
import {
  parseAddress,
  parseRange,
  splitSheetRef,
  toAddress,
  type CellPos,
} from "../../../shared/workbook/cell-address";
import type { MemorySheet, MemoryTable, MemoryWorkbook } from "../../../shared/workbook/memory-workbook";
import { evaluateFormula } from "./evaluate-formula";
import type { FakeChartModel } from "./fake-chart-model";

/**
 * An error as Office.js raises it at `context.sync()`: an `OfficeExtension.Error` ("RichApi.Error")
 * with a code from `Excel.ErrorCodes` ("ApiNotFound", "InvalidArgument", "AccessDenied" …), a
 * message and `debugInfo`.
 */
export class FakeExcelError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.debugInfo = { code, message };
  }
}

export interface RangeRef {
  sheet: MemorySheet;
  top: CellPos;
  bottom: CellPos;
}

/** What the plain-object workbook does not hold but Excel does: formats, widths, visibility, UI state. */
export interface FakeWorkbookState {
  workbook: MemoryWorkbook;
  numberFormats: Map<string, string>;
  fills: Map<string, string>;
  /** Column widths in points, by "Sheet!C". */
  columnWidths: Map<string, number>;
  hidden: Set<string>;
  /** Sheets protected (name → options as given). */
  protectedSheets: Map<string, unknown>;
  /** Cells unlocked for input on protected sheets. */
  unlocked: Set<string>;
  /** Format properties set per cell, e.g. "font.bold", "borders.EdgeTop.style", "horizontalAlignment". */
  looks: Map<string, Record<string, unknown>>;
  /** Merged ranges as "Sheet!A1:B1". */
  merges: string[];
  /** Data validation per "Sheet!range": rule, errorAlert, ignoreBlanks. */
  validations: Map<string, Record<string, unknown>>;
  /** Charts per sheet name, in the order added (fake-charts.ts). */
  charts: Map<string, FakeChartModel[]>;
  /** Sheet settings: "pageLayout.orientation", "freezeRows", "pageBreaks", … */
  sheetSettings: Map<string, Record<string, unknown>>;
  activeSheet: string | undefined;
  selection: { sheet: string; address: string } | undefined;
  enableEvents: boolean;
  /** ExcelApi version this Excel has; members above it fail with ApiNotFound. */
  excelApi: string;
  culture: "en-US" | "de-DE";
  /** A write happened since the last recalculation. */
  calculationDue: boolean;
  /** suspendApiCalculationUntilNextSync was called in the batch now syncing. */
  calculationSuspended: boolean;
}

export const newState = (
  workbook: MemoryWorkbook,
  host: Pick<FakeWorkbookState, "excelApi" | "culture"> = { excelApi: "1.17", culture: "en-US" },
): FakeWorkbookState => ({
  ...host,
  calculationDue: false,
  calculationSuspended: false,
  workbook,
  numberFormats: new Map(),
  fills: new Map(),
  columnWidths: new Map(),
  hidden: new Set(),
  protectedSheets: new Map(),
  unlocked: new Set(),
  looks: new Map(),
  merges: [],
  validations: new Map(),
  sheetSettings: new Map(),
  charts: new Map(),
  activeSheet: workbook.sheets[0]?.name,
  selection: undefined,
  enableEvents: true,
});

export const cellKey = (sheet: string, address: string) => `${sheet}!${address}`;

export const sheetByName = (state: FakeWorkbookState, name: string): MemorySheet => {
  const sheet = state.workbook.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!sheet) throw new FakeExcelError("ItemNotFound", `Das Blatt „${name}“ gibt es nicht.`);
  return sheet;
};

/** Excel writes a sheet name in quotes when it is more than letters, digits and underscores. */
export const quoteSheet = (name: string) =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;

export const rangeRef = (state: FakeWorkbookState, sheetName: string, address: string): RangeRef => {
  const split = splitSheetRef(address);
  const sheet = sheetByName(state, split?.sheet ?? sheetName);
  const { top, bottom } = parseRange((split?.address ?? address).replace(/\$/g, ""));
  return { sheet, top, bottom };
};

export const rangeAddress = (r: RangeRef, absolute = false) => {
  const a = (p: CellPos) => (absolute ? toAddress(p).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2") : toAddress(p));
  const same = r.top.row === r.bottom.row && r.top.col === r.bottom.col;
  return `${quoteSheet(r.sheet.name)}!${a(r.top)}${same ? "" : `:${a(r.bottom)}`}`;
};

export const cellsOf = (r: RangeRef): CellPos[][] =>
  Array.from({ length: r.bottom.row - r.top.row + 1 }, (_, i) =>
    Array.from({ length: r.bottom.col - r.top.col + 1 }, (_, j) => ({
      row: r.top.row + i,
      col: r.top.col + j,
    })),
  );

export const valueAt = (sheet: MemorySheet, pos: CellPos): CellValue =>
  sheet.cells[toAddress(pos)]?.value ?? null;

const nameRange = (state: FakeWorkbookState, name: string): RangeRef | undefined => {
  const key = Object.keys(state.workbook.names).find((n) => n.toLowerCase() === name.toLowerCase());
  const split = key === undefined ? undefined : splitSheetRef(state.workbook.names[key]!);
  const sheet = split && state.workbook.sheets.find((s) => s.name === split.sheet);
  if (!split || !sheet) return undefined;
  const { top, bottom } = parseRange(split.address);
  return { sheet, top, bottom };
};

export const tableByName = (state: FakeWorkbookState, name: string): MemoryTable | undefined =>
  state.workbook.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());

const tableColumn = (state: FakeWorkbookState, table: string, column: string): CellValue[] | undefined => {
  const t = tableByName(state, table);
  const sheet = t && state.workbook.sheets.find((s) => s.name === t.sheet);
  if (!t || !sheet) return undefined;
  const { top, bottom } = parseRange(t.ref);
  for (let c = top.col; c <= bottom.col; c++) {
    if (String(valueAt(sheet, { row: top.row, col: c })).toLowerCase() !== column.toLowerCase()) continue;
    const values: CellValue[] = [];
    for (let r = top.row + 1; r <= bottom.row; r++) values.push(valueAt(sheet, { row: r, col: c }));
    return values;
  }
  return undefined;
};

/**
 * Excel in automatic calculation mode: a write makes the workbook due, and anything read after it –
 * later in the same batch too – sees recalculated values, unless the batch suspended calculation.
 */
export const recalculateIfDue = (state: FakeWorkbookState): void => {
  if (!state.calculationDue || state.calculationSuspended) return;
  state.calculationDue = false;
  recalculate(state);
};

/** Recomputes every formula cell until nothing changes (the templates have short chains). */
export const recalculate = (state: FakeWorkbookState): void => {
  const scope = {
    name: (n: string) => {
      const r = nameRange(state, n);
      return (
        r &&
        cellsOf(r)
          .flat()
          .map((p) => valueAt(r.sheet, p))
      );
    },
    tableColumn: (t: string, c: string) => tableColumn(state, t, c),
  };
  for (let pass = 0; pass < 10; pass++) {
    let changed = false;
    for (const sheet of state.workbook.sheets)
      for (const cell of Object.values(sheet.cells)) {
        if (!cell.formula) continue;
        const next = evaluateFormula(cell.formula, scope);
        if (JSON.stringify(next) !== JSON.stringify(cell.value)) {
          cell.value = next;
          changed = true;
        }
      }
    if (!changed) return;
  }
};

/**
 * What a user typing into a cell does: the value replaces content and formula, and a table grows
 * by a row when the user types directly under it (Excel's AutoExpansion).
 */
export const typeIntoCell = (
  state: FakeWorkbookState,
  sheetName: string,
  address: string,
  value: CellValue,
) => {
  const sheet = sheetByName(state, sheetName);
  const pos = parseAddress(address);
  // Excel does not let a user type into a locked cell of a protected sheet (it shows a message).
  if (state.protectedSheets.has(sheet.name) && !state.unlocked.has(cellKey(sheet.name, toAddress(pos))))
    throw new FakeExcelError(
      "AccessDenied",
      `${sheet.name}!${address} ist gesperrt: das Blatt ist geschützt.`,
    );
  sheet.cells[toAddress(pos)] = { value };
  for (const table of state.workbook.tables.filter((t) => t.sheet === sheet.name)) {
    const { top, bottom } = parseRange(table.ref);
    if (pos.row === bottom.row + 1 && pos.col >= top.col && pos.col <= bottom.col && value !== null)
      table.ref = `${toAddress(top)}:${toAddress({ row: bottom.row + 1, col: bottom.col })}`;
  }
  recalculate(state);
};

/** Records a setting of a sheet (print layout, frozen rows, page breaks). */
export const setSheetSetting = (state: FakeWorkbookState, sheet: string, key: string, value: unknown) => {
  const settings = state.sheetSettings.get(sheet) ?? {};
  settings[key] = value;
  state.sheetSettings.set(sheet, settings);
};

/** Records a format property on every cell of a range. */
export const setLook = (state: FakeWorkbookState, r: RangeRef, key: string, value: unknown) => {
  for (const pos of cellsOf(r).flat()) {
    const k = cellKey(r.sheet.name, toAddress(pos));
    state.looks.set(k, { ...state.looks.get(k), [key]: value });
  }
};
