import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sampleJahresbericht } from "../../samples/sample-filings";
import { memorySource } from "../../consolidate/test-support/memory-source";
import { writeConsolidatedWorkbook } from "../write-consolidated-workbook";
import { readZipText, zipEntryNames } from "./rewrite-zip";

const districts = ["kaltenmoor", "bockelsberg", "innenstadt"];
const filings = districts.map((districtId) =>
  sampleJahresbericht({ programmeId: "stadtteilmanagement", traegerId: "awo", districtId, year: 2025 }),
);

describe("charts in the consolidated workbook", () => {
  it("adds chart, drawing, relationships and content types, and a drawing where the schema wants it", async () => {
    const xlsx = await writeConsolidatedWorkbook(memorySource(filings));
    const names = zipEntryNames(xlsx);
    expect(names).toEqual(
      expect.arrayContaining(["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/drawings/drawing1.xml"]),
    );
    const types = readZipText(xlsx, "[Content_Types].xml")!;
    expect(types).toContain(
      'PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"',
    );
    const sheets = names
      .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
      .map((n) => readZipText(xlsx, n)!);
    const withDrawing = sheets.filter((s) => s.includes("<drawing r:id="));
    expect(withDrawing).toHaveLength(2);
    for (const sheet of withDrawing)
      expect(sheet).toMatch(
        /<headerFooter>.*<\/headerFooter>(<rowBreaks.*?)?<drawing r:id="[^"]+"\/><\/worksheet>$/s,
      );
    const chart = readZipText(xlsx, "xl/charts/chart1.xml")!;
    // CT_BarChart's order: barDir, grouping, varyColors, ser…, gapWidth, overlap, axId, axId.
    expect(chart).toMatch(
      /<c:barDir val="col"\/><c:grouping val="stacked"\/><c:varyColors val="0"\/><c:ser>.*<\/c:ser><c:gapWidth val="\d+"\/><c:overlap val="100"\/><c:axId val="\d+"\/><c:axId val="\d+"\/><\/c:barChart>/s,
    );
    expect(chart).toContain("<c:v>Kaltenmoor</c:v>");
  });

  it("leaves a workbook exceljs still reads, every sheet in place", async () => {
    const xlsx = await writeConsolidatedWorkbook(memorySource(filings));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toContain("Wirkungen je Stufe");
    expect(workbook.getWorksheet("Übersicht")!.getCell("A7").value).toBe("AWO Kreisverband Lüneburg e. V.");
  });
});
