import type { CellValue } from "../layout/layout-types";
import { splitSheetRef, toAddress } from "../workbook/cell-address";
import {
  MAX_ROWS_BELOW,
  contiguousRows,
  type NamedCellRead,
  type TableRead,
  type WorkbookHost,
  type WorkbookSnapshot,
} from "../workbook/workbook-host";
import { parseArea } from "./a1-areas";
import { READ_METER } from "./read-meter";
import { readRels, readXlsxBook, type XlsxBook } from "./read-xlsx-book";
import { cellKey, readXlsxSheet, type XlsxCell, type XlsxSheet } from "./read-xlsx-sheet";
import { readXlsxTable, type XlsxTable } from "./read-xlsx-table";

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The first reference of a name's formula (`'A, B'!$C$3,'A, B'!$D$4` → `'A, B'!$C$3`). */
const firstRef = (formula: string) => {
  let quoted = false;
  for (let i = 0; i < formula.length; i++) {
    if (formula[i] === "'") quoted = !quoted;
    else if (formula[i] === "," && !quoted) return formula.slice(0, i);
  }
  return formula;
};

interface LoadedSheet {
  name: string;
  part: string;
  sheet: XlsxSheet;
  tables: XlsxTable[];
}

/** A cell as Excel shows it; inside a merge, the merge's first cell (exceljs and Excel agree). */
const cellAt = (s: XlsxSheet, row: number, col: number): XlsxCell | undefined => {
  const merge = s.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  if (!merge || (merge.top === row && merge.left === col)) return s.cells.get(cellKey(row, col));
  const master = s.cells.get(cellKey(merge.top, merge.left));
  return master && { value: master.value, formula: false };
};

const valueAt = (s: XlsxSheet, row: number, col: number): CellValue => cellAt(s, row, col)?.value ?? null;

const readTable = (sheet: LoadedSheet, table: XlsxTable): TableRead => {
  const { area, headerRows, totalsRows, headers } = table;
  const headerRow = area.top + headerRows - 1;
  const lastRow = area.bottom - totalsRows;
  const row = (r: number): CellValue[] => {
    READ_METER.tableValues += headers.length;
    return headers.map((_, c) => valueAt(sheet.sheet, r, area.left + c));
  };
  const rows: CellValue[][] = [];
  for (let r = headerRow + 1; r <= lastRow; r++) rows.push(row(r));
  // Rows under the table up to the first empty one: reading stops there, not at MAX_ROWS_BELOW.
  const below: CellValue[][] = [];
  for (let r = lastRow + 1; r <= lastRow + MAX_ROWS_BELOW; r++) {
    const values = row(r);
    below.push(values);
    if (contiguousRows([values]).length === 0) break;
  }
  return { sheet: sheet.name, headerRow, firstCol: area.left, headers, rows, below: contiguousRows(below) };
};

/**
 * The workbook reader's host over the guarded parts of an .xlsx file (see `guardXlsxParts`): parses
 * workbook.xml, shared strings and styles, then each sheet once on first use. Allocates per cell
 * kept and per table value read, never per cell of a range.
 */
export const xlsxHost = (parts: ReadonlyMap<string, string>): WorkbookHost => ({
  read: async (request): Promise<WorkbookSnapshot> => {
    const book: XlsxBook = readXlsxBook(parts);
    const loaded = new Map<string, LoadedSheet>();
    const present = book.sheets.filter((s) => s.part !== undefined && parts.has(s.part));
    const load = (name: string): LoadedSheet | undefined => {
      const entry = present.find((s) => s.name === name);
      if (!entry?.part) return undefined;
      const done = loaded.get(entry.part);
      if (done) return done;
      const xml = parts.get(entry.part)!;
      const sheet = readXlsxSheet(xml, entry.part, book);
      const file = entry.part.split("/").pop()!;
      const rels = readRels(parts.get(`xl/worksheets/_rels/${file}.rels`), file, "xl/worksheets");
      const tables = sheet.tableParts.flatMap((id) => {
        const target = rels.get(id);
        const text = target === undefined ? undefined : parts.get(target);
        return text === undefined ? [] : [readXlsxTable(text, target!)];
      });
      const result = { name: entry.name, part: entry.part, sheet, tables };
      loaded.set(entry.part, result);
      return result;
    };
    const readName = (name: string): NamedCellRead | undefined => {
      const entry = book.names.find((n) => sameName(n.name, name));
      const split = entry ? splitSheetRef(firstRef(entry.formula.trim())) : undefined;
      const area = split && parseArea(split.address);
      const sheet = split && area && !area.whole ? load(split.sheet) : undefined;
      if (!sheet || !area) return undefined;
      const cell = cellAt(sheet.sheet, area.top, area.left);
      const address = toAddress({ row: area.top, col: area.left });
      return { sheet: sheet.name, address, value: cell?.value ?? null, formula: cell?.formula ?? false };
    };
    const findTable = (name: string): TableRead | undefined => {
      for (const entry of present) {
        const sheet = load(entry.name)!;
        const table = sheet.tables.find((t) => sameName(t.name, name) || sameName(t.displayName, name));
        if (table) return readTable(sheet, table);
      }
      return undefined;
    };
    return {
      names: Object.fromEntries(request.names.map((n) => [n, readName(n)])),
      tables: Object.fromEntries(request.tables.map((t) => [t, findTable(t)])),
      sheets: present.map((s) => s.name),
    };
  },
});
