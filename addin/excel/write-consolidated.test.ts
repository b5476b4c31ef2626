import ExcelJS from "exceljs";
import { beforeEach, describe, expect, it } from "vitest";
import { toExcelSerial } from "../../shared/layout/excel-serial";
import { columnLetter } from "../../shared/workbook/cell-address";
import { buildConsolidatedWorkbook } from "../../shared/consolidate/build-consolidated-workbook";
import type { PlacedChart } from "../../shared/consolidate/chart-spec";
import { memorySource } from "../../shared/consolidate/test-support/memory-source";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { writeConsolidatedWorkbook } from "../../shared/xlsx/write-consolidated-workbook";
import { createFakeExcel, type FakeExcel } from "../test-support/fake-excel/fake-excel";
import { installFakeOffice } from "../test-support/fake-excel/fake-office";
import { SheetExistsError } from "./apply-workbook-plan";
import { consolidatedNotice, writeConsolidated } from "./write-consolidated";
import { CHARTS_MISSING } from "./write-consolidated-charts";

// „Konsolidierte Mappe laden“ in Excel: the same builder as the API's .xlsx, written through
// Office.js into the open workbook in chunks. The in-memory Excel counts round trips per chunk.

const META = (districtId: string, traegerId: string) => ({
  programmeId: "stadtteilmanagement",
  traegerId,
  districtId,
  year: 2025,
});

/** What Träger typed that a spreadsheet would take for a formula or a number. */
const HOSTILE = ["=SUMME(A1:A9)", "+49 4131 123", "-", "@home", "1.234", "2025-01-01"];

const filings = () => {
  const vn = sampleVerwendungsnachweis(META("kaltenmoor", "awo"));
  vn.data.budget.zeilen = HOSTILE.map((beschreibung) => ({ beschreibung, betrag: 10_000 }));
  const many = Array.from({ length: 6 }, (_, i) =>
    sampleVerwendungsnachweis(META(["bockelsberg", "innenstadt", "weisser-turm"][i % 3]!, `t${i}`)),
  );
  return [vn, sampleJahresbericht(META("kaltenmoor", "awo")), ...many];
};

let excel: FakeExcel;
beforeEach(() => {
  excel = createFakeExcel({ sheets: [{ name: "Tabelle1", cells: {} }], names: {}, tables: [] });
  installFakeOffice(globalThis as unknown as Record<string, unknown>, excel);
});

const cellsOf = (sheet: string) => excel.workbook.sheets.find((s) => s.name === sheet)!.cells;

describe("Konsolidierte Mappe laden (Office.js)", () => {
  it("writes every sheet, cell and formula the API's .xlsx has", async () => {
    const source = () => memorySource(filings(), { pageSize: 2 });
    const { sheets: names } = await writeConsolidated(source(), { maxChunkBytes: 4_000 });

    const file = new ExcelJS.Workbook();
    await file.xlsx.load((await writeConsolidatedWorkbook(source())) as unknown as ExcelJS.Buffer);
    expect(names).toEqual(file.worksheets.map((w) => w.name));
    for (const sheet of file.worksheets) {
      const cells = cellsOf(sheet.name);
      sheet.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          const address = `${columnLetter(c)}${r}`;
          const written = cells[address];
          const where = `${sheet.name}!${address}`;
          if (cell.formula) expect(written?.formula, where).toBe(cell.formula);
          else if (cell.value instanceof Date)
            expect(written?.value, where).toBe(toExcelSerial(cell.value.getTime()));
          else if (cell.value !== null && cell.value !== "")
            expect(written?.value, where).toEqual(cell.value);
        }),
      );
    }
  });

  it("keeps what a Träger typed as text, never a formula or a number", async () => {
    await writeConsolidated(memorySource(filings(), { pageSize: 2 }));
    const budget = Object.values(cellsOf("Budget"));
    for (const text of HOSTILE) expect(budget).toContainEqual({ value: text });
    expect(budget.filter((c) => c.formula?.startsWith("SUMME"))).toEqual([]);
  });

  it("writes each chunk in one round trip and reports progress in order", async () => {
    const shares: number[] = [];
    await writeConsolidated(memorySource(filings(), { pageSize: 2 }), {
      maxChunkBytes: 2_000,
      progress: (share) => shares.push(share),
    });
    const writes = excel.runs.filter((r) => r.commands.some((c) => c.includes("formulas=")));
    expect(writes.length).toBeGreaterThan(14); // more than one chunk per sheet somewhere
    for (const run of writes) expect(run.syncs).toBe(1);
    // The biggest chunk stays near the limit (one row may cross it).
    expect(shares.at(-1)).toBe(1);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    // Events are off while writing: the live check does not run per chunk.
    expect(excel.state.enableEvents).toBe(true);
  });

  it("refuses to write over sheets of the same name and changes nothing", async () => {
    await writeConsolidated(memorySource(filings()));
    const before = excel.workbook.sheets.length;
    await expect(writeConsolidated(memorySource(filings()))).rejects.toBeInstanceOf(SheetExistsError);
    expect(excel.workbook.sheets.length).toBe(before);
  });
});

describe("Konsolidierte Mappe laden: the evaluation's charts (Office.js charts API)", () => {
  /** The charts the .xlsx has, as the shared builder placed them (the exceljs path draws these). */
  const placedCharts = async () => {
    const placed: PlacedChart[] = [];
    await buildConsolidatedWorkbook(memorySource(filings()), {
      declareSheets: async () => undefined,
      writeRows: async () => undefined,
      finishSheet: async (_spec, { charts }) => void placed.push(...charts),
    });
    return placed;
  };
  /** Excel quotes a sheet name only where it must ('Wirkungen je Stufe'!, Vorjahresvergleich!). */
  const asExcel = (ref: string) => ref.replace(/^'([A-Za-z_][A-Za-z0-9_.]*)'!/, "$1!");

  it("inserts every chart of the .xlsx with its type, title, source range, series and place", async () => {
    const written = await writeConsolidated(memorySource(filings(), { pageSize: 2 }));
    const expected = await placedCharts();
    expect(expected.map((c) => c.kind)).toEqual(["stacked", "clustered"]);
    expect(written.charts).toEqual({ added: 2, missing: 0 });
    for (const chart of expected) {
      const [only, ...none] = excel.state.charts.get(chart.sheet) ?? [];
      expect(none).toEqual([]);
      expect(only!.chartType).toBe(chart.kind === "stacked" ? "ColumnStacked" : "ColumnClustered");
      expect(only!.name).toBe(chart.title);
      expect(only!.title).toEqual({ text: chart.title, visible: true });
      // Source: the first series' header and values, as one column.
      const first = chart.series[0]!;
      expect(only!.source).toBe(asExcel(`${first.nameRef}:${first.values.split(":")[1]}`));
      expect(only!.series).toEqual(
        chart.series.map((s) => ({
          name: s.name,
          values: asExcel(s.values),
          xValues: asExcel(chart.categories),
        })),
      );
      const top = chart.anchor.row + 1;
      expect(only!.position).toEqual({
        start: `A${top}`,
        end: `${columnLetter(chart.anchor.cols)}${chart.anchor.row + chart.anchor.rows}`,
      });
    }
    // „Stufe 1“ … „Stufe 7“ without „ohne Stufe“: the chart shows the steps the .xlsx shows.
    const steps = excel.state.charts.get("Wirkungen je Stufe")![0]!.series.map((s) => s.name);
    expect(steps).toEqual(["Stufe 1", "Stufe 2", "Stufe 3", "Stufe 4", "Stufe 5", "Stufe 6", "Stufe 7"]);
    expect(consolidatedNotice(2025, written)).toBe(
      `Konsolidierte Mappe 2025: ${written.sheets.length} Blätter und 2 Diagramme eingefügt.`,
    );
  });

  it("adds a sheet's charts in that sheet's last round trip, not one per command", async () => {
    await writeConsolidated(memorySource(filings(), { pageSize: 2 }));
    const withCharts = excel.runs.filter((r) => r.commands.some((c) => c.startsWith("ChartCollection.add")));
    expect(withCharts).toHaveLength(2);
    for (const run of withCharts) expect(run.syncs).toBe(1);
  });

  it("leaves the charts out of an Excel without ExcelApi 1.7 and says where they are", async () => {
    const written = await writeConsolidated(memorySource(filings()), { supported: (v) => v < "1.7" });
    expect(excel.state.charts.size).toBe(0);
    expect(written.charts).toEqual({ added: 0, missing: 2 });
    expect(consolidatedNotice(2025, written)).toBe(
      `Konsolidierte Mappe 2025: ${written.sheets.length} Blätter eingefügt. ${CHARTS_MISSING}`,
    );
    expect(CHARTS_MISSING).toMatch(/Diagramme der Auswertung enthält die \.xlsx-Datei/);
  });
});
