import { columnNumber } from "../workbook/cell-address";

/** Excel's grid: no reference in a workbook Excel can open reaches past it. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

/** A rectangle of a sheet, 1-based and inclusive; whole rows (`1:3`) and columns (`A:C`) span the grid. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** `1:3` or `A:C`: a reference no reader expands (Excel's print titles are written like this). */
  whole: boolean;
}

// No length cap: an over-long column or row must reach the bound check, not slip past the pattern.
const CELL = /^\$?([A-Za-z]+)\$?(\d+)$/;
const COLUMN = /^\$?([A-Za-z]+)$/;
const ROW = /^\$?(\d+)$/;

const area = (top: number, left: number, bottom: number, right: number, whole = false): Area => ({
  top: Math.min(top, bottom),
  left: Math.min(left, right),
  bottom: Math.max(top, bottom),
  right: Math.max(left, right),
  whole,
});

/** One reference (`B3`, `$A$1:$ZZ$9`, `A:C`, `$1:$3`) without a sheet; undefined when it is none. */
export const parseArea = (text: string): Area | undefined => {
  const [a = "", b, extra] = text.trim().split(":");
  if (extra !== undefined) return undefined;
  const first = CELL.exec(a);
  if (first) {
    const second = b === undefined ? first : CELL.exec(b);
    if (!second) return undefined;
    return area(Number(first[2]), columnNumber(first[1]!), Number(second[2]), columnNumber(second[1]!));
  }
  if (b === undefined) return undefined;
  const [c1, c2] = [COLUMN.exec(a), COLUMN.exec(b)];
  if (c1 && c2) return area(1, columnNumber(c1[1]!), EXCEL_ROWS, columnNumber(c2[1]!), true);
  const [r1, r2] = [ROW.exec(a), ROW.exec(b)];
  if (r1 && r2) return area(Number(r1[1]), 1, Number(r2[1]), EXCEL_COLUMNS, true);
  return undefined;
};

/** Cells a reader would visit to expand the area cell by cell. */
export const areaCells = (a: Area): number => (a.bottom - a.top + 1) * (a.right - a.left + 1);

/** The areas of a space-separated list (`sqref="A1 B2:C9"`); a token that is no reference is `undefined`. */
export const listAreas = (text: string): (Area | undefined)[] =>
  text.split(/\s+/).filter(Boolean).map(parseArea);

// Quoted sheet names and strings may contain anything; a bare sheet name ends at its "!".
const QUOTED = /'(?:[^']|'')*'!|"(?:[^"]|"")*"/g;
const BARE_SHEET = /[A-Za-z_\\\u00c0-\uffff][\w.\u00c0-\uffff]*!/g;
const REFERENCE =
  /(?<![\w.$])(\$?[A-Za-z]+\$?\d+(?::\$?[A-Za-z]+\$?\d+)?|\$?[A-Za-z]+:\$?[A-Za-z]+|\$?\d+:\$?\d+)(?![\w.(![$])/g;

/**
 * Every reference a defined name's formula makes (`Blatt!$A$1:$B$9,Blatt!$C$3`, `OFFSET(…)`), its text
 * (`explicit` unless it could be a name) already entity-decoded by the XML scan: sheet names and string literals are cut out first, so
 * neither hides a reference nor passes for one. May over-count (a function name like `LOG10` not
 * followed by "(" reads as a cell) – safe for a bound.
 */
export const formulaAreas = (formula: string): { area: Area; explicit: boolean }[] =>
  [...formula.replace(QUOTED, " ").replace(BARE_SHEET, " ").matchAll(REFERENCE)].flatMap((m) => {
    const area = parseArea(m[1]!);
    // `$` or `:` make it a reference for sure; a bare `Kosten2025` may be another name.
    return area ? [{ area, explicit: /[$:]/.test(m[1]!) }] : [];
  });
