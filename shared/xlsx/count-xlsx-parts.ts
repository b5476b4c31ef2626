import {
  areaCells,
  EXCEL_COLUMNS,
  EXCEL_ROWS,
  formulaAreas,
  listAreas,
  parseArea,
  type Area,
} from "./a1-areas";
import { columnNumber } from "../workbook/cell-address";
import { scanXml, type XmlAttributes } from "./scan-xml";
import { tooLarge, unreadable } from "./xlsx-refused";
import type { XlsxLimits } from "./xlsx-limits";

/** Running totals over every part of one workbook, checked against XLSX_LIMITS as parts come in. */
export interface PartCounts {
  sheets: number;
  cells: number;
  merges: number;
  /** Cells covered by merges and defined names: exceljs creates an object for each. */
  expanded: number;
  names: number;
  tables: number;
  tableCells: number;
  /** References checked against the grid and counted, never expanded (see `maxRanges`). */
  ranges: number;
}

export const emptyCounts = (): PartCounts => ({
  sheets: 0,
  cells: 0,
  merges: 0,
  expanded: 0,
  names: 0,
  tables: 0,
  tableCells: 0,
  ranges: 0,
});

const fmt = (n: number) => n.toLocaleString("de-DE");

const addExpanded = (counts: PartCounts, cells: number, limits: XlsxLimits) => {
  counts.expanded += cells;
  if (counts.expanded > limits.maxExpandedCells)
    throw tooLarge(`verbundene oder benannte Bereiche über mehr als ${fmt(limits.maxExpandedCells)} Zellen`);
};

const checkPlace = (a: Area, limits: XlsxLimits, where: string) => {
  if (a.bottom > limits.maxRow)
    throw tooLarge(`${where} reicht bis Zeile ${fmt(a.bottom)}, höchstens ${fmt(limits.maxRow)}`);
  if (a.right > limits.maxColumn)
    throw tooLarge(`${where} reicht bis Spalte ${fmt(a.right)}, höchstens ${fmt(limits.maxColumn)}`);
};

/** A reference nobody expands: counted, and inside Excel's grid (past it, no reader can be trusted). */
const checkRange = (a: Area | undefined, counts: PartCounts, limits: XlsxLimits, where: string) => {
  if (++counts.ranges > limits.maxRanges) throw tooLarge(`mehr als ${fmt(limits.maxRanges)} Bereichsangaben`);
  if (!a) return;
  if (a.bottom > EXCEL_ROWS || a.right > EXCEL_COLUMNS || a.top < 1 || a.left < 1)
    throw tooLarge(
      `${where} reicht über das Raster von Excel hinaus (Zeile ${fmt(a.bottom)}, Spalte ${fmt(a.right)})`,
    );
};

const integer = (text: string | undefined, what: string, part: string) => {
  const n = Number(text);
  if (text === undefined || !/^\d+$/.test(text.trim())) throw unreadable(`${what} in ${part} ist keine Zahl`);
  return n;
};

const cellRef = /^([A-Za-z]+)(\d+)$/;

/** Every worksheet construct a reader might allocate for, by its parsed attributes. */
const worksheetVisitor = (counts: PartCounts, limits: XlsxLimits, part: string) => {
  let lastRow = 0;
  let rows = 0;
  let columnSpan = 0;
  let sqrefText: string | undefined;
  const where = `das Blatt ${part}`;
  const open = (name: string, at: XmlAttributes) => {
    if (name === "row") {
      lastRow = at.r === undefined ? lastRow + 1 : integer(at.r, "eine Zeilennummer", part);
      if (++rows > limits.maxRow) throw tooLarge(`${where} hat mehr als ${fmt(limits.maxRow)} Zeilen`);
      checkPlace({ top: lastRow, bottom: lastRow, left: 1, right: 1, whole: false }, limits, where);
    } else if (name === "c") {
      if (++counts.cells > limits.maxCells)
        throw tooLarge(`mehr als ${fmt(limits.maxCells)} gefüllte Zellen`);
      if (at.r === undefined) return;
      const ref = cellRef.exec(at.r);
      if (!ref) throw unreadable(`die Zelladresse „${at.r.slice(0, 20)}“ in ${part} ist ungültig`);
      const [row, col] = [Number(ref[2]), columnNumber(ref[1]!)];
      if (row > limits.maxRow || col > limits.maxColumn)
        checkPlace({ top: row, bottom: row, left: col, right: col, whole: false }, limits, where);
    } else if (name === "mergeCell") {
      if (++counts.merges > limits.maxMerges)
        throw tooLarge(`mehr als ${fmt(limits.maxMerges)} verbundene Bereiche`);
      const area = parseArea(at.ref ?? "");
      if (!area || area.whole) throw unreadable(`ein verbundener Bereich in ${part} ist ungültig`);
      checkPlace(area, limits, `ein verbundener Bereich in ${part}`);
      addExpanded(counts, areaCells(area), limits);
    } else if (name === "col") {
      const [min, max] = [
        integer(at.min, "„min“ einer Spalte", part),
        integer(at.max, "„max“ einer Spalte", part),
      ];
      if (max > EXCEL_COLUMNS)
        throw tooLarge(`${where} formatiert Spalten bis ${fmt(max)}, Excel hat ${fmt(EXCEL_COLUMNS)}`);
      if (min < 1 || min > max) throw unreadable(`eine Spaltenangabe in ${part} ist ungültig`);
      columnSpan += max - min + 1;
      if (columnSpan > limits.maxColumnSpan)
        throw tooLarge(`${where} formatiert mehr als ${fmt(limits.maxColumnSpan)} Spalten`);
    } else if (name === "sqref") {
      sqrefText = "";
    } else {
      // dimension, conditionalFormatting, dataValidation, hyperlink, selection, autoFilter,
      // protectedRange, ignoredError, a shared formula's `ref` … – whatever element carries one.
      for (const key of ["ref", "sqref"] as const)
        if (at[key] !== undefined) for (const a of listAreas(at[key])) checkRange(a, counts, limits, where);
    }
  };
  return {
    open,
    text: (t: string) => {
      if (sqrefText !== undefined) sqrefText += t;
    },
    close: (name: string) => {
      if (name !== "sqref" || sqrefText === undefined) return;
      for (const a of listAreas(sqrefText)) checkRange(a, counts, limits, where);
      sqrefText = undefined;
    },
  };
};

/** A worksheet's rows, cells, merges, column spans and every range it names, against the bounds. */
export const checkWorksheet = (xml: string, counts: PartCounts, limits: XlsxLimits, part: string): void => {
  if (++counts.sheets > limits.maxSheets) throw tooLarge(`mehr als ${limits.maxSheets} Blätter`);
  // Checked inside the scan: a sheet of 4 million `<c/>` is refused at the bound, not at its end.
  scanXml(xml, part, worksheetVisitor(counts, limits, part));
};

/** A table's range (the reader walks its rows), its columns and its filter. */
export const checkTable = (xml: string, counts: PartCounts, limits: XlsxLimits, part: string): void => {
  let columns = 0;
  scanXml(xml, part, {
    open: (name, at) => {
      if (name === "table") {
        if (++counts.tables > limits.maxTables) throw tooLarge(`mehr als ${limits.maxTables} Tabellen`);
        const area = parseArea(at.ref ?? "");
        if (!area || area.whole) throw unreadable(`der Bereich der Tabelle ${part} ist ungültig`);
        checkPlace(area, limits, `die Tabelle ${part}`);
        counts.tableCells += areaCells(area);
        if (counts.tableCells > limits.maxTableCells)
          throw tooLarge(`Tabellen über mehr als ${fmt(limits.maxTableCells)} Zellen`);
      } else if (name === "tableColumn") {
        if (++columns > limits.maxColumn)
          throw tooLarge(`die Tabelle ${part} hat mehr als ${limits.maxColumn} Spalten`);
      } else if (at.ref !== undefined) {
        for (const a of listAreas(at.ref)) checkRange(a, counts, limits, `die Tabelle ${part}`);
      }
    },
  });
};

/** workbook.xml: sheets, and every reference its defined names make (decoded, as a reader sees it). */
export const checkWorkbookXml = (xml: string, counts: PartCounts, limits: XlsxLimits): void => {
  let sheets = 0;
  let name: string | undefined;
  const checkName = (formula: string) => {
    for (const { area, explicit } of formulaAreas(formula)) {
      const beyond = area.bottom > EXCEL_ROWS || area.right > EXCEL_COLUMNS;
      // `Kosten2025` past the grid is another name, not a reference; `$ZZZZ$1` past it is refused.
      if (beyond && !explicit) continue;
      checkRange(area, counts, limits, "ein benannter Bereich");
      if (!area.whole) addExpanded(counts, areaCells(area), limits);
    }
  };
  scanXml(xml, "xl/workbook.xml", {
    open: (element) => {
      if (element === "sheet" && ++sheets > limits.maxSheets)
        throw tooLarge(`mehr als ${limits.maxSheets} Blätter`);
      if (element !== "definedName") return;
      if (++counts.names > limits.maxNames)
        throw tooLarge(`mehr als ${fmt(limits.maxNames)} benannte Bereiche`);
      name = "";
    },
    text: (t) => {
      if (name !== undefined) name += t;
    },
    close: (element) => {
      if (element !== "definedName" || name === undefined) return;
      checkName(name);
      name = undefined;
    },
  });
};

/** Counts one element everywhere in a part. */
const countElements = (xml: string, part: string, element: string, max: number, what: string) => {
  let n = 0;
  scanXml(xml, part, {
    open: (name) => {
      if (name === element && ++n > max) throw tooLarge(`mehr als ${fmt(max)} ${what}`);
    },
  });
};

export const checkSharedStrings = (xml: string, limits: XlsxLimits): void =>
  countElements(xml, "xl/sharedStrings.xml", "si", limits.maxStrings, "Texte");

export const checkStyles = (xml: string, limits: XlsxLimits): void =>
  countElements(xml, "xl/styles.xml", "xf", limits.maxStyles, "Zellformate");

/** Relationships: well-formed XML, nothing more (a few per part). */
export const checkXml = (xml: string, part: string): void => scanXml(xml, part, {});
