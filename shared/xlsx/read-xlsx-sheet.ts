import type { CellValue } from "../layout/layout-types";
import { columnNumber } from "../workbook/cell-address";
import { parseArea, type Area } from "./a1-areas";
import type { XlsxBook } from "./read-xlsx-book";
import { READ_METER } from "./read-meter";
import { relId } from "./read-xlsx-book";
import { scanXml } from "./scan-xml";
import { unreadable } from "./xlsx-refused";

export interface XlsxCell {
  value: CellValue;
  formula: boolean;
}

/** One worksheet as the reader keeps it: its non-empty cells by `cellKey`, merges and table links. */
export interface XlsxSheet {
  cells: Map<number, XlsxCell>;
  merges: Area[];
  /** Relationship ids of its `<tablePart>`s, in order. */
  tableParts: string[];
}

/** Rows and columns stay far below 2^20 (XLSX_LIMITS), so one number keys a cell. */
export const cellKey = (row: number, col: number) => row * 1_048_576 + col;

const excelToDate = (v: number, date1904: boolean) =>
  new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));

interface Pending {
  row: number;
  col: number;
  type: string | undefined;
  style: number;
  formula: string | undefined;
  formulaType: string | undefined;
  /** Text of `<v>` and of `<t>` (inline strings) together, as exceljs gathers it. */
  raw: string | undefined;
}

/** A cell's value as Excel shows it (a formula's cached result), typed as exceljs types it. */
const valueOf = (c: Pending, book: XlsxBook, part: string): XlsxCell | undefined => {
  const formula = Boolean(c.formula) || c.formulaType !== undefined;
  const raw = c.raw;
  if (!raw) return formula ? { value: null, formula } : undefined;
  const number = () => {
    const n = Number.parseFloat(raw);
    return book.dateStyles.has(c.style) ? excelToDate(n, book.date1904) : n;
  };
  let value: CellValue;
  if (c.type === "str" || c.type === "inlineStr") value = raw;
  else if (c.type === "b") value = Number.parseInt(raw, 10) !== 0;
  else if (c.type === "e") value = { error: raw };
  else if (c.type === "s" && !formula) {
    const text = book.strings[Number.parseInt(raw, 10)];
    if (text === undefined) throw unreadable(`eine Zelle in ${part} verweist auf einen fehlenden Text`);
    value = text;
  } else value = number();
  return { value, formula };
};

const overlap = (a: Area, b: Area) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/**
 * A worksheet's cells, scanned once: only `<c>` elements become objects (at most XLSX_LIMITS.maxCells
 * over all sheets, checked by the guard before), merges stay rectangles, nothing is expanded.
 */
export const readXlsxSheet = (xml: string, part: string, book: XlsxBook): XlsxSheet => {
  const sheet: XlsxSheet = { cells: new Map(), merges: [], tableParts: [] };
  let row = 0;
  let col = 0;
  let cell: Pending | undefined;
  let into: "v" | "f" | "t" | undefined;
  let phonetic = 0;
  scanXml(xml, part, {
    open: (name, at) => {
      if (name === "row") {
        row = at.r === undefined ? row + 1 : Number(at.r);
        col = 0;
      } else if (name === "c") {
        const ref = at.r === undefined ? undefined : /^([A-Za-z]+)(\d+)$/.exec(at.r);
        if (ref) [col, row] = [columnNumber(ref[1]!), Number(ref[2])];
        else col += 1;
        const style = at.s === undefined ? 0 : Number.parseInt(at.s, 10);
        cell = {
          row,
          col,
          type: at.t,
          style,
          formula: undefined,
          formulaType: undefined,
          raw: undefined,
        };
      } else if (cell && name === "f") {
        into = "f";
        cell.formulaType = at.t;
      } else if (cell && name === "v") into = "v";
      else if (cell && name === "rPh") phonetic++;
      else if (cell && name === "t") into = phonetic === 0 ? "t" : undefined;
      else if (name === "mergeCell") {
        const area = parseArea(at.ref ?? "");
        if (!area || (area.top === area.bottom && area.left === area.right)) return;
        // Excel repairs such a file, exceljs refuses it: which merge would a cell belong to?
        if (sheet.merges.some((m) => overlap(m, area)))
          throw unreadable(`verbundene Bereiche in ${part} überschneiden sich`);
        sheet.merges.push(area);
      } else if (name === "tablePart") {
        const id = relId(at);
        if (id) sheet.tableParts.push(id);
      }
    },
    text: (t) => {
      if (!cell || !into) return;
      if (into === "f") cell.formula = (cell.formula ?? "") + t;
      else cell.raw = (cell.raw ?? "") + t;
    },
    close: (name) => {
      if (name === "c" && cell) {
        const read = valueOf(cell, book, part);
        if (read) {
          sheet.cells.set(cellKey(cell.row, cell.col), read);
          READ_METER.cellsKept++;
        }
        cell = undefined;
      } else if (name === "rPh") phonetic--;
      else if (name === "f" || name === "v" || name === "t") into = undefined;
    },
  });
  return sheet;
};
