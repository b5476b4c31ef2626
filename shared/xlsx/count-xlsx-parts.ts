import { columnNumber } from "../workbook/cell-address";
import { tooLarge } from "./xlsx-refused";
import type { XlsxLimits } from "./xlsx-limits";

/** Running totals over every part of one workbook, checked against XLSX_LIMITS as parts come in. */
export interface PartCounts {
  sheets: number;
  cells: number;
  merges: number;
  /** Cells covered by merges and defined names: exceljs creates an object for each. */
  expanded: number;
}

export const emptyCounts = (): PartCounts => ({ sheets: 0, cells: 0, merges: 0, expanded: 0 });

// Tags may carry a namespace prefix (`<x:row>`), as some writers emit them.
const ROW = /<(?:\w+:)?row\b([^>]*)>/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)\/?>/g;
const MERGE = /<(?:\w+:)?mergeCell\b[^>]*\bref="([^"]*)"/g;
const R_ATTR = /\br="([A-Za-z]*)(\d*)"/;
const AREA = /\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?/g;
const VALIDATIONS = /<(\w+:)?dataValidations\b(?:[^>]*\/>|[\s\S]*?<\/\1?dataValidations>)/g;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** Rows × columns of each A1 area in `text`, and the furthest row and column any of them reaches. */
const areas = (text: string) => {
  let cells = 0;
  let row = 0;
  let col = 0;
  for (const m of text.matchAll(AREA)) {
    const [c1, r1] = [columnNumber(m[1]!), Number(m[2])];
    const [c2, r2] = m[3] ? [columnNumber(m[3]), Number(m[4])] : [c1, r1];
    cells += (Math.abs(r2 - r1) + 1) * (Math.abs(c2 - c1) + 1);
    row = Math.max(row, r1, r2);
    col = Math.max(col, c1, c2);
  }
  return { cells, row, col };
};

const addExpanded = (counts: PartCounts, cells: number, limits: XlsxLimits) => {
  counts.expanded += cells;
  if (counts.expanded > limits.maxExpandedCells)
    throw tooLarge(`verbundene oder benannte Bereiche über mehr als ${limits.maxExpandedCells} Zellen`);
};

const checkPlace = (row: number, col: number, limits: XlsxLimits, where: string) => {
  if (row > limits.maxRow) throw tooLarge(`${where} reicht bis Zeile ${row}, höchstens ${limits.maxRow}`);
  if (col > limits.maxColumn)
    throw tooLarge(`${where} reicht bis Spalte ${col}, höchstens ${limits.maxColumn}`);
};

/**
 * A worksheet's rows, cells and merges against the bounds. Returns the sheet without its data
 * validations: the reader never needs them, and exceljs expands every range of them cell by cell
 * (a validation of a whole column is a million objects).
 */
export const checkWorksheet = (xml: string, counts: PartCounts, limits: XlsxLimits, name: string): string => {
  counts.sheets += 1;
  if (counts.sheets > limits.maxSheets) throw tooLarge(`mehr als ${limits.maxSheets} Blätter`);
  // Checked inside the loops: a sheet of 4 million `<c/>` is refused at the bound, not at its end.
  let lastRow = 0;
  let rows = 0;
  for (const m of xml.matchAll(ROW)) {
    const r = R_ATTR.exec(m[1]!);
    lastRow = r?.[2] ? Number(r[2]) : lastRow + 1;
    if (++rows > limits.maxRow) throw tooLarge(`das Blatt ${name} hat mehr als ${limits.maxRow} Zeilen`);
    checkPlace(lastRow, 0, limits, `das Blatt ${name}`);
  }
  for (const m of xml.matchAll(CELL)) {
    if (++counts.cells > limits.maxCells) throw tooLarge(`mehr als ${limits.maxCells} gefüllte Zellen`);
    const r = R_ATTR.exec(m[1]!);
    if (r?.[1]) checkPlace(Number(r[2]), columnNumber(r[1]), limits, `das Blatt ${name}`);
  }
  for (const m of xml.matchAll(MERGE)) {
    if (++counts.merges > limits.maxMerges)
      throw tooLarge(`mehr als ${limits.maxMerges} verbundene Bereiche`);
    const merged = areas(m[1]!);
    checkPlace(merged.row, merged.col, limits, `ein verbundener Bereich in ${name}`);
    addExpanded(counts, merged.cells, limits);
  }
  return xml.replace(VALIDATIONS, "");
};

/** A table's range: the reader walks its rows. */
export const checkTable = (xml: string, limits: XlsxLimits, name: string): void => {
  const ref = /<(?:\w+:)?table\b[^>]*\bref="([^"]*)"/.exec(xml)?.[1] ?? "";
  const { row, col } = areas(ref);
  checkPlace(row, col, limits, `die Tabelle ${name}`);
};

/** workbook.xml: sheets and the cells its defined names cover. */
export const checkWorkbookXml = (xml: string, counts: PartCounts, limits: XlsxLimits): void => {
  if (count(xml, /<(?:\w+:)?sheet\b/g) > limits.maxSheets)
    throw tooLarge(`mehr als ${limits.maxSheets} Blätter`);
  for (const m of xml.matchAll(/<(?:\w+:)?definedName\b[^>]*>([^<]*)</g))
    addExpanded(counts, areas(m[1]!).cells, limits);
};

export const checkSharedStrings = (xml: string, limits: XlsxLimits): void => {
  if (count(xml, /<(?:\w+:)?si\b/g) > limits.maxStrings)
    throw tooLarge(`mehr als ${limits.maxStrings} Texte`);
};

export const checkStyles = (xml: string, limits: XlsxLimits): void => {
  if (count(xml, /<(?:\w+:)?xf\b/g) > limits.maxStyles)
    throw tooLarge(`mehr als ${limits.maxStyles} Zellformate`);
};
