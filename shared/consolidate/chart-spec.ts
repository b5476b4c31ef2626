/**
 * A native chart over a range of an evaluation sheet, described without a host: the exceljs path
 * turns it into DrawingML parts (shared/xlsx/charts), the task pane into `worksheet.charts.add`.
 */
export interface ChartSpec {
  title: string;
  kind: "stacked" | "clustered";
  /** Column key holding the category labels (one per data row). */
  categories: string;
  /** Column keys of the series; each series is named by its column header. */
  series: string[];
  /** Where the chart stands: top-left cell (0-based column and row) and size in columns and rows. */
  anchor: { col: number; row: number; cols: number; rows: number };
}

/** A chart with its ranges resolved to a sheet's data rows, as every writer needs it. */
export interface PlacedChart {
  title: string;
  kind: ChartSpec["kind"];
  sheet: string;
  categories: string;
  /** The category labels as written, cached in the chart so it draws before any recalculation. */
  categoryCache: string[];
  series: { name: string; nameRef: string; values: string; cache: number[] }[];
  anchor: ChartSpec["anchor"];
}
