import { describe, expect, it } from "vitest";
import { sampleVerwendungsnachweis } from "../filing/sample-filings";
import { openWorkbook, saveWorkbook } from "./test-support/user-edits";
import { validateWorkbook } from "./validate-workbook";
import { writeWorkbook } from "./write-workbook";

describe("validateWorkbook", () => {
  it("finds nothing in the complete sample", async () => {
    const { findings } = await validateWorkbook(await writeWorkbook(sampleVerwendungsnachweis()));
    expect(findings).toEqual([]);
  });

  it("places rule findings and their related field at cells", async () => {
    const workbook = await openWorkbook(await writeWorkbook(sampleVerwendungsnachweis()));
    // A stale stated result: the Schlussrechnung repeats a Verwaltung that no longer matches section 2.
    workbook.getWorksheet("Verwendungsnachweis")!.getCell("B37").value = 1;

    const { findings } = await validateWorkbook(await saveWorkbook(workbook));

    expect(findings).toContainEqual(
      expect.objectContaining({
        ruleId: "VN-SCHLUSS-UEBERTRAG",
        location: expect.objectContaining({ cell: "'Verwendungsnachweis'!B37" }),
        related: expect.objectContaining({ cell: "'Verwendungsnachweis'!B20" }),
      }),
    );
  });

  it("leaves out a rule finding where the cell itself could not be read", async () => {
    const workbook = await openWorkbook(await writeWorkbook(sampleVerwendungsnachweis()));
    workbook.getWorksheet("Verwendungsnachweis")!.getCell("B11").value = "viel";

    const { findings } = await validateWorkbook(await saveWorkbook(workbook));

    expect(
      findings.filter((f) => f.location.cell === "'Verwendungsnachweis'!B11").map((f) => f.ruleId),
    ).toEqual(["EINGABE-BETRAG"]);
  });
});
