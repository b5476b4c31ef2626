import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { memorySource } from "../../shared/consolidate/test-support/memory-source";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { readZipEntry, zipEntryNames } from "../../shared/xlsx/charts/rewrite-zip";
import { writeConsolidatedWorkbook } from "../../shared/xlsx/write-consolidated-workbook";

const meta = (districtId: string, year = 2025) => ({
  programmeId: "stadtteilmanagement",
  traegerId: "awo",
  districtId,
  year,
});

/** Every part of the .xlsx by SHA-256, except the creation time exceljs stamps into docProps/core.xml. */
const partHashes = (xlsx: Uint8Array) =>
  Object.fromEntries(
    zipEntryNames(xlsx)
      .filter((name) => name !== "docProps/core.xml")
      .sort()
      .map((name) => [name, createHash("sha256").update(readZipEntry(xlsx, name)!).digest("hex")]),
  );

describe("writeConsolidatedWorkbook", () => {
  it("writes the same parts, byte for byte, as the per-cell styled writer did before the shared styles", async () => {
    const districts = ["kaltenmoor", "bockelsberg", "innenstadt", "hanseviertel"];
    const filings = [
      ...districts.map((d) => sampleVerwendungsnachweis(meta(d))),
      ...districts.slice(0, 2).map((d) => sampleJahresbericht(meta(d))),
    ];
    const source = memorySource(filings, { previous: [sampleVerwendungsnachweis(meta("kaltenmoor", 2024))] });
    const xlsx = await writeConsolidatedWorkbook(source, { linkBase: "https://api.example" });
    // Recorded with the writer of commit 2cb3f2e (a new style object per header, totals and link cell);
    // re-recorded once when the euro format became de-DE tagged and the samples' texts changed (print).
    // Re-recorded when the version links moved to the web app's view (sheets with links only; styles same).
    // Re-recorded when the sheet „Rückforderungen“ came in as sheet 8 (later sheets renumbered, same bytes).
    // Re-recorded when the sheet „Belegliste“ came after „Budget“ (the sheets after it renumbered).
    // Re-recorded when „Plan und Realität“ took its three questions unabridged from the form (sheet 13 only).
    expect(partHashes(xlsx)).toMatchSnapshot();
  });
});
