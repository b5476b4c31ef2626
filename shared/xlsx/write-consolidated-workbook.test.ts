import { describe, expect, it } from "vitest";
import { memorySource } from "../consolidate/test-support/memory-source";
import { sampleJahresbericht } from "../samples/sample-filings";
import { readZipText } from "./charts/rewrite-zip";
import { writeConsolidatedWorkbook } from "./write-consolidated-workbook";

/** Name → general-purpose flags of every entry, from the zip's central directory. */
const entryFlags = (zip: Uint8Array): Map<string, number> => {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const flags = new Map<string, number>();
  for (let i = 0, o = view.getUint32(eocd + 16, true); i < view.getUint16(eocd + 10, true); i++) {
    const nameLength = view.getUint16(o + 28, true);
    const name = new TextDecoder().decode(zip.subarray(o + 46, o + 46 + nameLength)).replace(/^\//, "");
    flags.set(name, view.getUint16(o + 8, true));
    o += 46 + nameLength + view.getUint16(o + 30, true) + view.getUint16(o + 32, true);
  }
  return flags;
};
/** Bit 3: sizes in a data descriptor after the data – how exceljs streams an entry. */
const STREAMED = 0x08;

describe("writeConsolidatedWorkbook and its charts", () => {
  it("adds the charts without rewriting a worksheet: every sheet is the entry exceljs streamed", async () => {
    const filings = ["kaltenmoor", "bockelsberg", "innenstadt"].map((districtId) =>
      sampleJahresbericht({ programmeId: "stadtteilmanagement", traegerId: "awo", districtId, year: 2025 }),
    );
    const xlsx = await writeConsolidatedWorkbook(memorySource(filings));
    const flags = entryFlags(xlsx);
    const sheets = [...flags].filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    const withDrawing = sheets.filter(([name]) => readZipText(xlsx, name)!.includes("<drawing r:id="));

    expect(withDrawing.map(([, f]) => f & STREAMED)).toEqual([STREAMED, STREAMED]);
    expect(sheets.filter(([, f]) => (f & STREAMED) === 0)).toEqual([]);
    // Only the parts the charts add are written afterwards (no data descriptor).
    expect(
      [...flags]
        .filter(([, f]) => (f & STREAMED) === 0)
        .map(([name]) => name)
        .sort(),
    ).toEqual([
      "[Content_Types].xml",
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/_rels/drawing2.xml.rels",
      "xl/drawings/drawing1.xml",
      "xl/drawings/drawing2.xml",
    ]);
  });
});
