import { unzipSync, strFromU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleVerwendungsnachweis } from "../samples/sample-filings";
import { bombs, withEntries, withParts } from "../../tests/support/xlsx-bombs";
import { guardXlsx } from "./guard-xlsx";
import { readWorkbook } from "./read-workbook";
import { writeWorkbook } from "./write-workbook";
import { XLSX_LIMITS } from "./xlsx-limits";
import { XlsxRefusedError } from "./xlsx-refused";
import { READ_METER } from "./read-meter";

const unzippedSize = (zip: Uint8Array) =>
  Object.values(unzipSync(zip)).reduce((n, part) => n + part.length, 0);

let template: Uint8Array;
let made: ReturnType<typeof bombs>;
beforeAll(async () => {
  template = new Uint8Array(await writeWorkbook(sampleVerwendungsnachweis()));
  made = bombs(template);
});

const refusal = (bytes: Uint8Array) => {
  try {
    guardXlsx(bytes);
  } catch (err) {
    expect(err).toBeInstanceOf(XlsxRefusedError);
    return err as XlsxRefusedError;
  }
  throw new Error("nicht abgelehnt");
};

const sheet = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

describe("guardXlsx", () => {
  it("passes our own workbook on, readable, with only the parts exceljs reads", async () => {
    const guarded = guardXlsx(template);
    expect(Object.keys(unzipSync(guarded))).not.toContain("[Content_Types].xml");
    expect((await readWorkbook(template)).filing?.meta.traegerId).toBe("awo");
  });

  it.each([
    "400 MiB sheet XML, honest size",
    "400 MiB sheet XML, declared 2 KB",
    "1 GiB shared strings declared as 10 MB",
    "30 entries of 3 MiB each (90 MiB together)",
    "5,000 entries",
  ] as const)("refuses the bomb „%s“ as too large, having inflated less than the template", (name) => {
    const bytes = made[name];
    const before = READ_METER.bytesInflated;
    expect(refusal(bytes).reason).toBe("too-large");
    expect(READ_METER.bytesInflated - before).toBeLessThanOrEqual(unzippedSize(template));
  });

  it("never inflates an entry exceljs would not read, however big", () => {
    const guarded = guardXlsx(made["1 GiB entry the workbook never references"]);
    expect(Object.keys(unzipSync(guarded))).not.toContain("xl/unused.bin");
  });

  it("refuses a 200,000-row sheet at the row bound", () => {
    const rows = Array.from(
      { length: 200_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`,
    );
    const error = refusal(withParts(template, { "xl/worksheets/sheet9.xml": sheet(rows.join("")) }));
    expect(error.reason).toBe("too-large");
  });

  it.each([
    ["a cell in row 1,048,576", sheet('<row r="1048576"><c r="A1048576"><v>1</v></c></row>')],
    ["a cell in column XFD", sheet('<row r="1"><c r="XFD1"><v>1</v></c></row>')],
    [
      "a merge over a million cells",
      `${sheet("")}`.replace(
        "</worksheet>",
        '<mergeCells><mergeCell ref="A1:CV10000"/></mergeCells></worksheet>',
      ),
    ],
  ])("refuses %s", (_name, xml) => {
    expect(refusal(withParts(template, { "xl/worksheets/sheet9.xml": xml })).reason).toBe("too-large");
  });

  it("refuses a defined name over a whole column and a table down to row 1,048,576", () => {
    const files = unzipSync(template);
    const workbook = strFromU8(files["xl/workbook.xml"]!).replace(
      "</definedNames>",
      "<definedName name=\"Alles\">'Verwendungsnachweis'!$A$1:$A$1048576</definedName></definedNames>",
    );
    expect(refusal(withParts(template, { "xl/workbook.xml": workbook })).reason).toBe("too-large");
    const table = strFromU8(files["xl/tables/table1.xml"]!).replace(/ref="A4:F12"/g, 'ref="A4:F1048576"');
    expect(refusal(withParts(template, { "xl/tables/table1.xml": table })).reason).toBe("too-large");
  });

  it("drops data validations, which exceljs would expand cell by cell", () => {
    const files = unzipSync(template);
    const xml = strFromU8(files["xl/worksheets/sheet1.xml"]!).replace(
      /<dataValidations[\s\S]*?<\/dataValidations>/,
      '<dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>',
    );
    const guarded = unzipSync(guardXlsx(withParts(template, { "xl/worksheets/sheet1.xml": xml })));
    expect(strFromU8(guarded["xl/worksheets/sheet1.xml"]!)).not.toMatch(/dataValidation/);
  });

  it.each([
    ["no zip at all", new TextEncoder().encode("kein Excel")],
    ["a truncated zip", new Uint8Array(0)],
  ])("calls %s unreadable", (_name, bytes) => {
    expect(refusal(bytes).reason).toBe("unreadable");
  });

  it("calls a zip with a duplicate part unreadable (which copy would exceljs read?)", () => {
    const files = unzipSync(template);
    const twice = withEntries(template, [
      {
        name: "/xl/workbook.xml",
        data: files["xl/workbook.xml"]!,
        method: 0,
        size: files["xl/workbook.xml"]!.length,
      },
    ]);
    expect(refusal(twice).reason).toBe("unreadable");
  });

  it("refuses a file over the size bound before reading its directory", () => {
    const big = new Uint8Array(XLSX_LIMITS.maxFileBytes + 1);
    expect(refusal(big).message).toMatch(/höchstens 2 MB/);
  });
});
