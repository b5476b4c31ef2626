import { MAX_ORIGINAL_BYTES } from "../domain/store-limits";

/**
 * Bounds of an .xlsx upload, checked by `guardXlsxParts` on the XML as parsed (entities decoded,
 * either quote style) before the reader keeps a cell. The reader (`readXlsx`) allocates per kept
 * cell, shared string, table cell and merge – never per cell of a range – so these bound its memory;
 * the references it never expands (validations, formats, hyperlinks, dimension, `col` spans) are
 * bounded in number and to Excel's grid. docs/reliability.md states what they mean in MB. A
 * workbook made from our template uses a tiny part of each (about 30 entries, 150 KB unpacked, a
 * few hundred cells).
 */
export const XLSX_LIMITS = {
  /** The file as uploaded: what one submission transaction can keep as the original (store-limits). */
  maxFileBytes: MAX_ORIGINAL_BYTES,
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
  /** Cells covered by merges or by defined names (exceljs, the test oracle, expands both cell by cell). */
  maxExpandedCells: 20_000,
  /** Defined names in workbook.xml (the template has about 60). */
  maxNames: 2_000,
  /** Tables, and the cells their ranges cover together (the reader reads each table row). */
  maxTables: 100,
  maxTableCells: 200_000,
  /**
   * Columns covered by `<col>` spans of one sheet: Excel's 16,384 when they do not overlap, as Excel
   * writes them. exceljs (the test oracle) makes an object per column of a span.
   */
  maxColumnSpan: 16_384,
  /**
   * References nobody expands, all parts together: data validations, conditional formats,
   * hyperlinks, selections, filters, shared-formula ranges (`sqref`/`ref` lists, `<xm:sqref>`).
   */
  maxRanges: 20_000,
} as const;

export type XlsxLimits = { [K in keyof typeof XLSX_LIMITS]: number };
