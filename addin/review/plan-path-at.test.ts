import { describe, expect, it } from "vitest";
import { LAYOUTS } from "../../shared/layout/layouts";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { workbookPlan } from "../../shared/workbook/plan/workbook-plan";
import { readWorkbook } from "../../shared/xlsx/read-workbook";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { tableCell } from "../../tests/support/layout-cells";
import { planCellOf } from "../../shared/workbook/plan/plan-cells";
import { planPathAt } from "./plan-path-at";
import { reviewCopyPlan, reviewSheetName } from "./review-copy-plan";

const filing = sampleVerwendungsnachweis({
  programmeId: "stadtteilmanagement",
  traegerId: "awo",
  districtId: "kaltenmoor",
  year: 2025,
});
const plan = workbookPlan({ filing, params: defaultProgramParams(filing.meta) });

describe("planCellOf", () => {
  it("places every field where the reader finds it in the written .xlsx", async () => {
    const fromFile = (await readWorkbook(await writeWorkbook(filing))).cellOf;
    const cellOf = planCellOf(plan);
    for (const path of [
      ["kopf", "zuschuss"],
      ["personal", "zeilen", 1, "stellenanteil"],
      ["budget", "zeilen", 0],
    ])
      expect(cellOf(path)).toBe(fromFile(path));
  });
});

describe("planPathAt", () => {
  it("names the field at a cell, the reverse of planCellOf", () => {
    const pathAt = planPathAt(plan, filing);
    expect(pathAt(tableCell("verwendungsnachweis", "tblPersonal", 1, "stellenanteil"))).toEqual([
      "personal",
      "zeilen",
      1,
      "stellenanteil",
    ]);
    expect(pathAt(planCellOf(plan)(["sachkosten"])!)).toEqual(["sachkosten"]);
    expect(pathAt("'Personal'!Z99")).toBeUndefined();
  });
});

describe("reviewCopyPlan", () => {
  it("renames sheets within Excel's 31 characters and drops names, tables, formulas and metadata", () => {
    const copy = reviewCopyPlan(plan, 12);
    expect(copy.sheets.map((s) => s.name)).toEqual(
      LAYOUTS.verwendungsnachweis.sheets.map((s) => `${s.name} v12`),
    );
    expect(reviewSheetName("3.2 Personelle Ressourcen und mehr", 3)).toHaveLength(31);
    expect(copy.names).toEqual([]);
    expect(copy.sheets.flatMap((s) => s.cells).some((c) => c.formula || c.unlocked)).toBe(false);
    expect(copy.sheets.every((s) => s.protect && s.tables.length === 0 && s.validations.length === 0)).toBe(
      true,
    );
  });
});
