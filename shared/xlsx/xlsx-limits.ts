/**
 * Bounds of an .xlsx upload, checked before exceljs sees a byte (see `guardXlsx`). exceljs builds an
 * object per row, cell, shared string and merged or named cell, so these bound its memory and time;
 * docs/reliability.md states what they mean in MB and seconds. A workbook made from our template
 * uses a tiny part of each (about 30 entries, 150 KB unpacked, a few hundred cells).
 */
export const XLSX_LIMITS = {
  /** The file as uploaded (API Gateway refuses more than 6 MB anyway). */
  maxFileBytes: 5 * 1024 * 1024,
  /** Entries in the zip's central directory. */
  maxEntries: 500,
  /** Unpacked size of one entry the reader needs, counted while inflating. */
  maxEntryBytes: 8 * 1024 * 1024,
  /** Unpacked size of all entries the reader needs together. */
  maxTotalBytes: 16 * 1024 * 1024,
  maxSheets: 64,
  /** Highest row number anywhere (cells, tables, merges, names) – Excel allows 1,048,576. */
  maxRow: 20_000,
  /** Highest column (200 = GR) – Excel allows 16,384 (XFD). */
  maxColumn: 200,
  /** Cells with content or format, all sheets together. */
  maxCells: 20_000,
  /** Shared strings and cell formats (styles) each. */
  maxStrings: 20_000,
  maxStyles: 20_000,
  /** Merged areas, and the cells they cover (exceljs visits each, and compares merges pairwise). */
  maxMerges: 1_000,
  /** Cells covered by merges or by defined names (exceljs expands both cell by cell). */
  maxExpandedCells: 20_000,
} as const;

export type XlsxLimits = { [K in keyof typeof XLSX_LIMITS]: number };
