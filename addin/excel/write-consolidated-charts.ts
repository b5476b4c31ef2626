import type { PlacedChart } from "../../shared/consolidate/chart-spec";
import { splitSheetRef, toAddress } from "../../shared/workbook/cell-address";

/**
 * The charts need ExcelApi 1.7 (ChartSeriesCollection.add, ChartSeries.setValues and
 * setXAxisValues): the .xlsx charts take their series from columns that need not stand side by
 * side („Stufe 1“ … „Stufe 7“ without „ohne Stufe“), which `charts.add` over one range (1.1) cannot
 * express. 1.7 is also the manifest's minimum, so only an Excel that loaded the pane anyway lacks it.
 */
export const CHARTS_EXCEL_API = "1.7";

export const CHARTS_MISSING =
  "Diese Excel-Version kann keine Diagramme einfügen (ExcelApi 1.7 fehlt): die Diagramme der Auswertung enthält die .xlsx-Datei (im Browser: „Konsolidierte Mappe herunterladen“).";

const CHART_TYPE = { stacked: "ColumnStacked", clustered: "ColumnClustered" } as const;

/** "'Wirkungen je Stufe'!$C$6:$C$13" → "C6:C13": the charts stand on the sheet of their data. */
const local = (ref: string) => splitSheetRef(ref)?.address ?? ref;

/**
 * Queues the sheet's charts as the .xlsx has them (shared/consolidate/chart-spec.ts): type, title,
 * one series per column named by its header, the category labels, the place below the totals.
 * Only queues: the caller's batch sends it with the sheet's last commands in one round trip.
 */
export const queueCharts = (sheet: Excel.Worksheet, charts: readonly PlacedChart[]): number => {
  let added = 0;
  for (const c of charts) {
    const [first, ...rest] = c.series;
    if (!first) continue;
    // The first series' header and values: a text cell above numbers names the series.
    const source = `${local(first.nameRef)}:${local(first.values).split(":").at(-1)}`;
    const chart = sheet.charts.add(CHART_TYPE[c.kind], sheet.getRange(source), "Columns");
    chart.name = c.title;
    chart.title.text = c.title;
    chart.legend.position = "Right";
    const { col, row, cols, rows } = c.anchor;
    chart.setPosition(
      toAddress({ row: row + 1, col: col + 1 }),
      toAddress({ row: row + rows, col: col + cols }),
    );
    const categories = sheet.getRange(local(c.categories));
    const head = chart.series.getItemAt(0);
    head.name = first.name;
    head.setValues(sheet.getRange(local(first.values)));
    head.setXAxisValues(categories);
    for (const s of rest) {
      const series = chart.series.add(s.name);
      series.setValues(sheet.getRange(local(s.values)));
      series.setXAxisValues(categories);
    }
    added += 1;
  }
  return added;
};
