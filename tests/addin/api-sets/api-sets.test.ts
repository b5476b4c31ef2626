import { readFileSync, readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { checkApiSets, formatViolation, type ApiSetReport } from "../../../scripts/office-api/check-api-sets";
import { apiSetsOf } from "../../../scripts/office-api/api-set-annotation";
import { manifestRequirements } from "../../../scripts/office-api/manifest-requirements";

const required = manifestRequirements(readFileSync("manifest.xml", "utf8"));

/** The add-in as it ships: everything under addin/ but its tests and the fake Excel. */
const addinFiles = readdirSync("addin", { recursive: true })
  .map(String)
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.startsWith("test-support"))
  .map((f) => `addin/${f}`);

const fixture = (name: string) => `tests/addin/api-sets/fixtures/${name}.ts`;
const FIXTURES = ["unguarded-print-setup", "guarded-forms", "unguarded-forms"].map(fixture);

// One compiler program for the add-in and the fixtures (building it is most of the time).
let report: ApiSetReport;
beforeAll(() => {
  report = checkApiSets({ files: [...addinFiles, ...FIXTURES], required });
}, 180_000);
const violationsIn = (file: string) => report.violations.filter((v) => v.file === file);

describe("the manifest's requirement sets", () => {
  it("are read from manifest.xml, not written into the check", () => {
    expect(required).toEqual({ ExcelApi: "1.7" });
    expect(
      manifestRequirements(
        `<Requirements><Sets DefaultMinVersion="1.1"><Set Name="ExcelApi" MinVersion="1.9"/><Set Name="DialogApi"/></Sets></Requirements>`,
      ),
    ).toEqual({ ExcelApi: "1.9", DialogApi: "1.1" });
  });
});

describe("an [Api set: …] annotation", () => {
  it("gives the version to read and the one to assign where they differ", () => {
    expect(apiSetsOf("* [Api set: ExcelApi 1.9]")).toEqual({ name: "ExcelApi", read: "1.9", write: "1.9" });
    expect(apiSetsOf("[Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]")).toMatchObject({
      read: "1.1",
      write: "1.2",
    });
    expect(apiSetsOf("[Api set: ExcelApi 1.1 for get, 1.8 for set]")).toMatchObject({
      read: "1.1",
      write: "1.8",
    });
    expect(apiSetsOf("[Api set: ExcelApi 1.2 for options; 1.7 for password]")).toMatchObject({ read: "1.2" });
    expect(apiSetsOf("[Api set: ExcelApiOnline 1.1]")).toMatchObject({ name: "ExcelApiOnline", read: "1.1" });
    expect(apiSetsOf("**Requirement set**: {@link https://learn.microsoft.com/x | IdentityAPI 1.3}")).toEqual(
      {
        name: "IdentityAPI",
        read: "1.3",
        write: "1.3",
      },
    );
  });
});

describe("every Office.js member the add-in uses", () => {
  it("is in the manifest's ExcelApi or behind a guard for its set", () => {
    expect(report.violations.filter((v) => v.file.startsWith("addin/")).map(formatViolation)).toEqual([]);
    // Sets outside ExcelApi are not decided by versions; each one in use is named here on purpose:
    // DialogApi 1.1 comes with every Excel that has ExcelApi 1.7 (sign-in dialog); IdentityAPI 1.3
    // (SSO) rejects with a 13xxx code where it is missing, and the sign-in falls back to the dialog.
    expect(Object.keys(report.otherSets).sort()).toEqual(["DialogApi 1.1", "IdentityAPI 1.3"]);
    // The walk really resolved the adapters' calls (a broken program would check nothing).
    expect(report.checked).toBeGreaterThan(200);
  });
});

describe("the check itself", () => {
  it(
    "names each unguarded ExcelApi 1.9 member of a scratch adapter with file, line and set",
    { timeout: 120_000 },
    () => {
      const report = checkApiSets({ files: [fixture("unguarded-print-setup")], required });
      const lines = report.violations.map(formatViolation);
      expect(lines).toEqual([
        "tests/addin/api-sets/fixtures/unguarded-print-setup.ts:6:8 Worksheet.pageLayout (read) needs ExcelApi 1.9, above the manifest's minimum, and no guard for ExcelApi 1.9 dominates it",
        "tests/addin/api-sets/fixtures/unguarded-print-setup.ts:6:19 PageLayout.orientation (write) needs ExcelApi 1.9, above the manifest's minimum, and no guard for ExcelApi 1.9 dominates it",
        "tests/addin/api-sets/fixtures/unguarded-print-setup.ts:7:8 Worksheet.horizontalPageBreaks (read) needs ExcelApi 1.9, above the manifest's minimum, and no guard for ExcelApi 1.9 dominates it",
        "tests/addin/api-sets/fixtures/unguarded-print-setup.ts:7:29 PageBreakCollection.add (call) needs ExcelApi 1.9, above the manifest's minimum, and no guard for ExcelApi 1.9 dominates it",
      ]);
    },
  );

  it("accepts each documented guard shape and reports each look-alike", () => {
    expect(violationsIn(fixture("guarded-forms")).map(formatViolation)).toEqual([]);
    expect(violationsIn(fixture("unguarded-forms")).map((v) => `${v.line} ${v.member} ${v.set}`)).toEqual([
      "5 Worksheet.pageLayout ExcelApi 1.9",
      "5 PageLayout.zoom ExcelApi 1.9",
      "5 PageLayoutZoomOptions.scale ExcelApi 1.9",
      "10 Runtime.enableEvents ExcelApi 1.8",
      "14 Runtime.enableEvents ExcelApi 1.8",
      "17 Range.dataValidation ExcelApi 1.8",
      "17 DataValidation.clear ExcelApi 1.8",
      "26 Worksheet.showGridlines ExcelApi 1.8",
      "27 Range.hasSpill ExcelApi 1.12",
    ]);
  });
});
