import { describe, expect, it } from "vitest";
import { sampleVerwendungsnachweis } from "../shared/samples/sample-filings";
import { writeWorkbook } from "../shared/xlsx/write-workbook";
import { bombs } from "../tests/support/xlsx-bombs";
import { READ_METER } from "../shared/xlsx/read-meter";
import { inspectWorkbook } from "./load-workbook";

describe("inspectWorkbook", () => {
  it("refuses a zip bomb with the guard's German reason instead of reading it", async () => {
    const template = new Uint8Array(await writeWorkbook(sampleVerwendungsnachweis()));
    const before = READ_METER.bytesInflated;
    const inspected = await inspectWorkbook(
      bombs(template)["400 MiB sheet XML, declared 2 KB"],
      "bombe.xlsx",
    );
    expect(inspected.filing).toBeNull();
    expect(inspected.filing === null && inspected.problem).toMatch(
      /„bombe\.xlsx“ wird nicht gelesen\. Die Arbeitsmappe ist zu groß/,
    );
    // Stopped after one slice of the lying part: less than the template itself unpacks to.
    expect(READ_METER.bytesInflated - before).toBeLessThan(1024 * 1024);
  });
});
