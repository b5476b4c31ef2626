import { EURO_NUMBER_FORMAT } from "../money/format-money";

/**
 * A host-independent description of a sheet of the consolidated workbook: columns, rows as plain
 * cells, totals as declarations. The exceljs streaming writer (shared/xlsx) and the task pane's
 * Office.js writer render the same description, so both produce the same workbook.
 *
 * Cells: a string is ALWAYS text – whatever a Träger typed (`=SUMME(…)`, `+49 …`, `-`, `@home`) must
 * never become a formula. Formulas exist only as `{ formula }` objects built here from ids and cell
 * references; `{r}` in a formula stands for the cell's own row number.
 */
export interface Formula {
  formula: string;
  /** The value the formula computes, cached in the file so every reader shows it before a recalc. */
  result: number | string;
}
export type Cell = string | number | boolean | null | Formula;

export type ColumnType =
  "text" | "longText" | "amount" | "signedAmount" | "integer" | "percent" | "date" | "link";

/** How a totals row fills a column: a (filter-aware) sum, a sum over rows of one kind, or a ratio. */
export type TotalCell =
  | { sum: true }
  | { sumIf: { column: string; equals: string } }
  | { ratio: { numerator: string; denominator: string } }
  | { difference: { minuend: string[]; subtrahend: string } };

/** Number format of each column type, the same in the .xlsx and in the task pane's sheets. */
export const COLUMN_NUMBER_FORMATS: Record<ColumnType, string> = {
  text: "@",
  longText: "@",
  link: "@",
  amount: EURO_NUMBER_FORMAT,
  signedAmount: EURO_NUMBER_FORMAT,
  integer: "0",
  percent: "0.0 %",
  date: "DD.MM.YYYY",
};

/** Fill of the header row (ARGB). */
export const HEADER_FILL_ARGB = "FFDDE4EE";

export interface ColumnSpec {
  key: string;
  header: string;
  type: ColumnType;
  /** Excel column width in characters. */
  width: number;
}

export interface TotalRowSpec {
  label: string;
  /** Column the label stands in (default: the first). */
  labelColumn?: string;
  cells: Record<string, TotalCell>;
}

export interface SheetSpec<Item> {
  name: string;
  title: string;
  /** Lines under the title: what the sheet holds, how a figure is derived. */
  notes: string[];
  columns: ColumnSpec[];
  /** The rows one item contributes (a filing may contribute none or many). */
  rows: (item: Item) => Cell[][];
  totals: TotalRowSpec[];
}

export const isFormula = (cell: Cell): cell is Formula =>
  typeof cell === "object" && cell !== null && "formula" in cell;

/** A1 column letters of a 1-based column number. */
export const columnLetter = (n: number): string => {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
};

/** Letter of a column by key; an unknown key is a bug in a sheet definition. */
export const letterOf = (columns: readonly ColumnSpec[], key: string): string => {
  const index = columns.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`Spalte ${key} gibt es nicht`);
  return columnLetter(index + 1);
};

/** Row of the column headers: title, notes, one blank row, then the headers. */
export const headerRowOf = (spec: Pick<SheetSpec<unknown>, "notes">): number => spec.notes.length + 3;

/** The rows above the data: title, notes, blank, headers – plain text. */
export const leadingRows = (spec: SheetSpec<never>): Cell[][] => [
  [spec.title],
  ...spec.notes.map((n) => [n]),
  [],
  spec.columns.map((c) => c.header),
];

/** Replaces `{r}` in every formula of a row with the row's number. */
export const placeRow = (cells: readonly Cell[], row: number): Cell[] =>
  cells.map((cell) =>
    isFormula(cell) ? { ...cell, formula: cell.formula.replaceAll("{r}", String(row)) } : cell,
  );

export const numericValue = (cell: Cell | undefined): number => {
  if (typeof cell === "number") return cell;
  if (cell && isFormula(cell) && typeof cell.result === "number") return cell.result;
  return 0;
};
