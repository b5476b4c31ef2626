import { describe, expect, it } from "vitest";
import type { MemoryWorkbook } from "../../../shared/workbook/memory-workbook";
import { createFakeExcel } from "./fake-excel";

// The in-memory Excel's charts, held to what Office.js documents: ChartCollection.add(type,
// sourceData, seriesBy) reads the series from the range, everything is queued until sync, a value
// is readable only after load + sync, and members above the Excel's ExcelApi fail at sync.

const workbook = (): MemoryWorkbook => ({
  sheets: [
    {
      name: "Auswertung",
      cells: {
        A1: { value: "Stadtteil" },
        B1: { value: "2024" },
        C1: { value: "2025" },
        A2: { value: "Kaltenmoor" },
        B2: { value: 10 },
        C2: { value: 12 },
        A3: { value: "Weststadt" },
        B3: { value: 7 },
        C3: { value: 9 },
      },
    },
  ],
  names: {},
  tables: [],
});

describe("the fake Excel's charts", () => {
  it("reads series names from the first row and categories from a text first column (seriesBy Columns)", async () => {
    const excel = createFakeExcel(workbook());
    await excel.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Auswertung");
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:C3"), "Columns");
      await context.sync();
    });
    const [chart] = excel.state.charts.get("Auswertung")!;
    expect(chart).toMatchObject({
      name: "Chart 1",
      chartType: "ColumnClustered",
      source: "Auswertung!$A$1:$C$3",
    });
    expect(chart!.series).toEqual([
      { name: "2024", values: "Auswertung!$B$2:$B$3", xValues: "Auswertung!$A$2:$A$3" },
      { name: "2025", values: "Auswertung!$C$2:$C$3", xValues: "Auswertung!$A$2:$A$3" },
    ]);
  });

  it("makes one series per row with seriesBy Rows, named by the first column", async () => {
    const excel = createFakeExcel(workbook(), { culture: "de-DE" });
    await excel.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Auswertung");
      sheet.charts.add("ColumnStacked", sheet.getRange("A2:C3"), "Rows");
      await context.sync();
    });
    const [chart] = excel.state.charts.get("Auswertung")!;
    expect(chart!.name).toBe("Diagramm 1");
    expect(chart!.series.map((s) => [s.name, s.values])).toEqual([
      ["Kaltenmoor", "Auswertung!$B$2:$C$2"],
      ["Weststadt", "Auswertung!$B$3:$C$3"],
    ]);
  });

  it("queues until sync: nothing exists and nothing is readable before it", async () => {
    const excel = createFakeExcel(workbook());
    await excel.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Auswertung");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B1:B3"), "Columns");
      chart.title.text = "Kosten";
      chart.setPosition("E2", "L18");
      expect(excel.state.charts.get("Auswertung")).toBeUndefined();
      expect(() => chart.name).toThrow(/nicht geladen/);
      chart.load("name");
      chart.title.load("text");
      expect(() => chart.title.text).toThrow(/nicht geladen/);
      const title = chart.title.load("text");
      await context.sync();
      expect(chart.name).toBe("Chart 1");
      expect(title.text).toBe("Kosten");
      const charts = sheet.charts.load("items/name");
      const byName = sheet.charts.getItem("Chart 1").load("chartType");
      await context.sync();
      expect(charts.items.map((c) => c.name)).toEqual(["Chart 1"]);
      expect(byName.chartType).toBe("ColumnClustered");
    });
    const [chart] = excel.state.charts.get("Auswertung")!;
    expect(chart!.position).toEqual({ start: "E2", end: "L18" });
    expect(chart!.series).toEqual([{ name: "2024", values: "Auswertung!$B$2:$B$3", xValues: undefined }]);
  });

  it("sets a series' data from ranges and adds series (ExcelApi 1.7)", async () => {
    const excel = createFakeExcel(workbook());
    await excel.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Auswertung");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B1:B3"), "Columns");
      chart.series.getItemAt(0).setXAxisValues(sheet.getRange("A2:A3"));
      const added = chart.series.add("2025");
      added.setValues(sheet.getRange("C2:C3"));
      await context.sync();
    });
    expect(excel.state.charts.get("Auswertung")![0]!.series).toEqual([
      { name: "2024", values: "Auswertung!$B$2:$B$3", xValues: "Auswertung!$A$2:$A$3" },
      { name: "2025", values: "Auswertung!$C$2:$C$3", xValues: undefined },
    ]);
  });

  it("fails the batch with ApiNotFound at a member the Excel lacks; what ran before stays (no rollback)", async () => {
    const excel = createFakeExcel(workbook(), { excelApi: "1.6" });
    const failure = excel.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Auswertung");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B1:B3"), "Columns");
      chart.series.add("2025");
      await context.sync();
    });
    await expect(failure).rejects.toMatchObject({
      code: "ApiNotFound",
      message: expect.stringContaining("ChartSeriesCollection.add gibt es erst ab ExcelApi 1.7"),
    });
    // A batch is not a transaction: the chart queued before the failing member exists, unchanged.
    expect(excel.state.charts.get("Auswertung")!.map((c) => c.series.length)).toEqual([1]);
  });

  it("refuses source data from another sheet", async () => {
    const book = workbook();
    book.sheets.push({ name: "Andere", cells: {} });
    const excel = createFakeExcel(book);
    const failure = excel.Excel.run(async (context) => {
      const other = context.workbook.worksheets.getItem("Andere");
      const data = context.workbook.worksheets.getItem("Auswertung").getRange("A1:C3");
      other.charts.add("ColumnClustered", data, "Columns");
      await context.sync();
    });
    await expect(failure).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
