import { rangeAddress, valueAt, type RangeRef } from "./fake-workbook-state";

/** One data series: its name and where its values and category labels come from ("'Blatt'!$B$5:$B$9"). */
export interface FakeSeriesModel {
  name: string;
  values: string | undefined;
  xValues: string | undefined;
}

/** What Excel keeps of a chart that the tests may look at (state.charts, by sheet name). */
export interface FakeChartModel {
  name: string;
  chartType: string;
  /** The range given to `charts.add`, absolute with its sheet. */
  source: string;
  seriesBy: string;
  title: { text: string; visible: boolean };
  legend: { position: string; visible: boolean };
  /** Cells the chart covers after `setPosition` (start and end, plain addresses); none before. */
  position: { start: string; end: string | undefined } | undefined;
  series: FakeSeriesModel[];
}

const isLabel = (v: unknown) => typeof v === "string" && v !== "";

/**
 * How Excel reads a chart's source range: with seriesBy "Columns" every column is a series (with
 * "Rows" every row; "Auto" is columns, as Excel on the web decides it). A first row (column) of text
 * names the series, a first column (row) of text beside more data holds the category labels.
 */
export const deriveSeries = (r: RangeRef, seriesBy: string, culture: string): FakeSeriesModel[] => {
  const byRows = seriesBy === "Rows";
  const lines = byRows ? r.bottom.row - r.top.row + 1 : r.bottom.col - r.top.col + 1;
  const length = byRows ? r.bottom.col - r.top.col + 1 : r.bottom.row - r.top.row + 1;
  const at = (line: number, i: number) =>
    valueAt(
      r.sheet,
      byRows ? { row: r.top.row + line, col: r.top.col + i } : { row: r.top.row + i, col: r.top.col + line },
    );
  const sub = (line: number, from: number): RangeRef => {
    const start = byRows
      ? { row: r.top.row + line, col: r.top.col + from }
      : { row: r.top.row + from, col: r.top.col + line };
    const end = byRows ? { row: start.row, col: r.bottom.col } : { row: r.bottom.row, col: start.col };
    return { sheet: r.sheet, top: start, bottom: end };
  };
  const named = length > 1 && Array.from({ length: lines }, (_, l) => at(l, 0)).some(isLabel);
  const from = named ? 1 : 0;
  const labelled =
    lines > 1 && Array.from({ length: length - from }, (_, i) => at(0, i + from)).every(isLabel);
  const first = labelled ? 1 : 0;
  const fallback = culture === "de-DE" ? "Datenreihe" : "Series";
  return Array.from({ length: lines - first }, (_, k) => {
    const line = k + first;
    const label = named ? at(line, 0) : null;
    return {
      name: isLabel(label) ? String(label) : `${fallback}${k + 1}`,
      values: rangeAddress(sub(line, from), true),
      xValues: labelled ? rangeAddress(sub(0, from), true) : undefined,
    };
  });
};
