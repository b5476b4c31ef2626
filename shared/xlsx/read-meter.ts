/**
 * What the workbook read path allocated, summed over the process: bytes inflated, cells kept,
 * table cells read, references checked. Tests assert bounds on these counts (not on time); benches
 * print them. Plain counters, no content – nothing of a filing is ever kept here.
 */
export const READ_METER = {
  /** Bytes inflated from zip entries (the guard's budget counts the same bytes). */
  bytesInflated: 0,
  /** Cells the reader kept from sheet XML (one object each). */
  cellsKept: 0,
  /** Cell values the reader put into table rows and the rows below them. */
  tableValues: 0,
  /** References the guard checked (merges, names, validations, formats, hyperlinks …), never expanded. */
  rangesChecked: 0,
};

export type ReadMeter = typeof READ_METER;

/** A copy of the counters, to subtract a later one from. */
export const readMeterSnapshot = (): ReadMeter => ({ ...READ_METER });
