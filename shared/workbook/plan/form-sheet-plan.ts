import { absoluteAddress, sheetRef } from "../../layout/defined-names";
import type { CellValue, FieldSpec, SheetSpec, TableSpec, TextSpec } from "../../layout/layout-types";
import { formulaFor, maxRowsFor } from "../../layout/layouts";
import type { ProgramParams } from "../../programme/program-params";
import { renderText } from "../../programme/render-text";
import { columnLetter, parseAddress } from "../cell-address";
import type { CellPlan, NamePlan, SheetPlan, StyleKey, TablePlan, ValidationPlan } from "./plan-types";
import { MAX_ROW_HEIGHT, RESERVED_ROW_HEIGHT, printArea, spanRows } from "./print-layout";
import { LINE_HEIGHT, NUMBER_FORMATS, horizontal, textLines } from "./styles";
import { validationForColumn, validationForField } from "./validation-rules";

const SIGNATURE_HEIGHT = 72; // points: room for a hand signature and a stamp

/** Header/footer text is markup: `&` starts a code, so a Träger "Müller & Söhne" needs `&&`. */
const headerText = (text: string) => text.replace(/&/g, "&&");

/**
 * Rows a table gets: its entries, and spare empty rows up to the template's size – for a table with
 * a row limit exactly the year's limit (more rows than entries is what a user would fill next).
 */
export const tableRowCount = (table: TableSpec, entries: number, params: ProgramParams): number => {
  const limit = maxRowsFor(table, params);
  return limit !== undefined ? Math.max(limit, entries) : Math.max(table.blankRows, entries + 3);
};

/** What an input cell gets written: an error value read from a workbook (`{ error }`) is left out. */
export const writableValue = (value: CellValue): CellValue =>
  value instanceof Object && !(value instanceof Date) ? null : value;

const TEXT_STYLES: Record<TextSpec["style"], StyleKey> = {
  title: "title",
  heading: "heading",
  label: "label",
  note: "note",
  signature: "signature",
  legendInput: "input",
  legendResult: "locked",
};

export interface FormSheetInput {
  spec: SheetSpec;
  fields: readonly FieldSpec[];
  tables: readonly TableSpec[];
  /** Cell contents by defined name and table rows by table name (`filingToCells`). */
  values: Record<string, CellValue | undefined>;
  tableRows: Record<string, CellValue[][] | undefined>;
  params: ProgramParams;
  /** Names the printed page in the footer: kind, year, Träger, Stadtteil. */
  identity: string;
  /** Place of the sheet in the printed form. */
  order: number;
  /** Optional tables left empty whose sheets are hidden: texts pointing to them say so instead. */
  emptyTables?: ReadonlySet<string>;
}

/** Texts (labels, headings, notes) with their heights and merges, rendered for the year. */
const placeTexts = (input: FormSheetInput, sheet: SheetPlan) => {
  const { spec, params } = input;
  const widths = spec.columnWidths;
  const grow = (row: number, height: number) =>
    (sheet.rowHeights[row] = Math.max(sheet.rowHeights[row] ?? 15, height));
  // A section text spans the sheet's width, but stops before the next text or echoed result
  // (whose caption stands to its left) in the same row.
  const occupied = [
    ...spec.texts.map((t) => parseAddress(t.address)),
    ...(spec.echoes ?? []).map((e) => {
      const { row, col } = parseAddress(e.address);
      return { row, col: col - 1 };
    }),
  ];
  const lastColumn = (row: number, col: number) =>
    Math.min(widths.length, ...occupied.filter((o) => o.row === row && o.col > col).map((o) => o.col - 1));
  for (const text of spec.texts) {
    const hidden = text.whenEmpty && input.emptyTables?.has(text.whenEmpty.table);
    const value = renderText(hidden ? text.whenEmpty!.text : text.text, params);
    // A text only for a hidden table (3.5 „keine Angaben“) is no cell where the table shows.
    if (text.whenEmpty && value === "") continue;
    const { row, col } = parseAddress(text.address);
    const cell: CellPlan = {
      address: text.address,
      value,
      style: TEXT_STYLES[text.style],
      vertical: "top",
      wrap: true,
    };
    if (text.newPage && row > 1) sheet.print.breaksAfter.push(row - 1);
    if (text.style === "signature") {
      cell.vertical = "bottom";
      cell.wrap = false;
      grow(row, SIGNATURE_HEIGHT);
      // The line to sign on runs under the value columns, where the typed name and date stand.
      for (let c = col + 1; c <= widths.length; c++)
        sheet.cells.push({
          address: `${columnLetter(c)}${row}`,
          value: null,
          style: "plain",
          signatureLine: true,
        });
    } else if (text.caption || text.style === "legendInput" || text.style === "legendResult") {
      grow(row, LINE_HEIGHT * textLines(value, widths[col - 1] ?? 40) + 4);
    } else {
      // Titles, headings, notes and the form's sentences span the printed width and wrap there: a
      // note that ran on over empty cells was cut off at the page's edge.
      const last = Math.max(col, lastColumn(row, col));
      const width = widths.slice(col - 1, last).reduce((a, b) => a + b, 0);
      if (last > col) sheet.merges.push(`${text.address}:${columnLetter(last)}${row}`);
      grow(row, Math.max(text.style === "title" ? 20 : 15, LINE_HEIGHT * textLines(value, width) + 4));
    }
    sheet.cells.push(cell);
  }
};

/** Named cells: inputs open, results as formulas with cached values, the city's Prüfung locked. */
const placeFields = (input: FormSheetInput, sheet: SheetPlan, names: NamePlan[]) => {
  for (const field of input.fields) {
    const value = input.values[field.name] ?? null;
    const formula = formulaFor(field, input.params);
    const numberFormat = NUMBER_FORMATS[field.type];
    const result = typeof value === "number" ? value : 0;
    if (formula) {
      // A text result ("in Worten") caches its text; a figure its number. An overridable formula
      // stays open for typing: the user may write the words themselves.
      const cached = field.type === "text" ? (typeof value === "string" ? value : "") : result;
      sheet.cells.push({
        address: field.address,
        value: cached,
        formula,
        style: "result",
        numberFormat,
        horizontal: horizontal(field.type),
        vertical: "top",
        ...(field.overridable && { unlocked: true, wrap: true }),
      });
    } else if (field.pruefung) {
      sheet.cells.push({
        address: field.address,
        value: writableValue(value),
        style: "locked",
        numberFormat,
        horizontal: "left",
        vertical: "top",
        wrap: field.type === "text",
      });
    } else if (field.cached) {
      sheet.cells.push({
        address: field.address,
        value: typeof value === "number" ? value : null,
        style: "result",
        numberFormat,
        horizontal: horizontal(field.type),
        vertical: "top",
      });
    } else {
      sheet.cells.push({
        address: field.address,
        value: writableValue(value),
        style: "input",
        numberFormat,
        horizontal: horizontal(field.type, true),
        vertical: "top",
        wrap: field.type === "longText" || field.type === "text",
        unlocked: true,
      });
      const rule = validationForField(field);
      if (rule) sheet.validations.push({ range: field.address, rule });
    }
    const { row, col } = parseAddress(field.address);
    // Long texts print in full: the row grows with the text it holds, not only to the field's minimum.
    const lines = typeof value === "string" ? textLines(value, input.spec.columnWidths[col - 1] ?? 40) : 1;
    const height = Math.max(field.height ?? 0, lines > 1 ? LINE_HEIGHT * lines + 4 : 0);
    if (field.rows && field.rows > 1 && height > MAX_ROW_HEIGHT)
      spanRows(input, sheet, field.address, field.rows, height);
    else {
      if (height) sheet.rowHeights[row] = Math.max(sheet.rowHeights[row] ?? 15, height);
      // The rows kept for a longer text stay out of sight; Excel fits an unmerged cell's row to
      // what a user types (it never fits merged ones), so the cell is merged only when it must be.
      for (let r = row + 1; r < row + (field.rows ?? 1); r++) sheet.rowHeights[r] = RESERVED_ROW_HEIGHT;
    }
    names.push({ name: field.name, ref: sheetRef(sheet.name, absoluteAddress(field.address)) });
  }
};

/** Named results shown once more as `=name` (e.g. the Personal total above its table). */
const placeEchoes = (input: FormSheetInput, sheet: SheetPlan) => {
  for (const echo of input.spec.echoes ?? []) {
    const value = input.values[echo.name];
    sheet.cells.push({
      address: echo.address,
      value: typeof value === "number" ? value : 0,
      formula: echo.name,
      style: "result",
      numberFormat: NUMBER_FORMATS[echo.type],
      horizontal: horizontal(echo.type),
      vertical: "top",
    });
    const { row, col } = parseAddress(echo.address);
    // Right-aligned, a caption longer than its cell runs left over the empty cells beside the note.
    sheet.cells.push({
      address: `${columnLetter(col - 1)}${row}`,
      value: renderText(echo.caption, input.params),
      style: "tableHeader",
      horizontal: "right",
      vertical: "top",
    });
  }
};

/** A repeating block as a native Excel table with per-column formats and validation. */
const placeTable = (input: FormSheetInput, sheet: SheetPlan, table: TableSpec) => {
  const entries = input.tableRows[table.name] ?? [];
  const start = parseAddress(table.start);
  const count = tableRowCount(table, entries.length, input.params);
  const width = table.columns.length;
  const rows = Array.from({ length: count }, (_, i) =>
    Array.from({ length: width }, (_, c) => writableValue(entries[i]?.[c] ?? null)),
  );
  const plan: TablePlan = {
    name: table.name,
    start: table.start,
    headers: table.columns.map((c) => c.header),
    rows,
  };
  sheet.tables.push(plan);
  if (table.numbered)
    for (let r = 0; r < count; r++)
      sheet.cells.push({
        address: `${columnLetter(start.col - 1)}${start.row + 1 + r}`,
        value: `${r + 1}.`,
        style: "label",
        horizontal: "right",
        vertical: "top",
      });
  table.columns.forEach((column, c) => {
    const letter = columnLetter(start.col + c);
    // Headers of figures stand right, over the figures.
    sheet.cells.push({
      address: `${letter}${start.row}`,
      value: column.header,
      style: "tableHeader",
      horizontal: horizontal(column.type),
      vertical: "bottom",
      wrap: true,
    });
    // Texts wrap inside their column: in print a cut-off name or Wirkungstreppe step is lost.
    const wrap = column.type === "longText" || column.type === "text" || column.type === "choice";
    for (let r = 0; r < count; r++)
      sheet.cells.push({
        address: `${letter}${start.row + 1 + r}`,
        value: rows[r]![c] ?? null,
        style: "input",
        numberFormat: NUMBER_FORMATS[column.type],
        horizontal: horizontal(column.type),
        vertical: "top",
        wrap,
        unlocked: true,
      });
    const rule = validationForColumn(table, c, input.params);
    if (rule)
      sheet.validations.push({
        range: `${letter}${start.row + 1}:${letter}${start.row + count}`,
        rule,
      } satisfies ValidationPlan);
  });
  // Rows with wrapping text get their height here: LibreOffice leaves the first row of a table at
  // one line, and Excel fits heights only when a cell is edited. Empty rows stay automatic.
  rows.forEach((row, i) => {
    const needed = Math.max(
      1,
      ...row.map((v, c) => (typeof v === "string" ? textLines(v, table.columns[c]?.width ?? 10) : 1)),
    );
    // Capped like Excel's rows: LibreOffice took a taller row and printed it past the page's
    // footer; what does not fit prints in full on „Langtexte“ (long-table-texts.ts).
    if (needed > 1) sheet.rowHeights[start.row + 1 + i] = Math.min(MAX_ROW_HEIGHT, LINE_HEIGHT * needed + 2);
  });
};

const HF = `&"Arial,Regular"&8`;

/** One sheet of a form (the form itself or one of its table sheets) as a plan. */
export const formSheetPlan = (input: FormSheetInput, names: NamePlan[]): SheetPlan => {
  const { spec } = input;
  const sheet: SheetPlan = {
    name: spec.name,
    hidden: false,
    columnWidths: [...spec.columnWidths],
    rowHeights: {},
    merges: [],
    cells: [],
    tables: [],
    validations: [],
    print: {
      landscape: spec.landscape,
      ...(spec.printTitleRows && { titleRows: spec.printTitleRows }),
      header: `&R${HF}&A`,
      footer: `&L${HF}${headerText(input.identity)}&R${HF}Seite &P von &N`,
      breaksAfter: [],
      order: input.order,
    },
    ...(spec.printTitleRows && { frozenRows: Number(spec.printTitleRows.split(":")[0]) }),
    protect: spec.protect,
  };
  placeTexts(input, sheet);
  placeFields(input, sheet, names);
  for (const table of input.tables) placeTable(input, sheet, table);
  placeEchoes(input, sheet);
  sheet.print.area = printArea(input, sheet);
  return sheet;
};
