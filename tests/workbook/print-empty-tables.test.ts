import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Filing } from "../../shared/filing";
import { sampleJahresbericht } from "../../shared/samples/sample-filings";
import type { Jahresbericht } from "../../shared/filing/jahresbericht";
import { LAYOUTS } from "../../shared/layout/layouts";
import { META_SHEET } from "../../shared/layout/meta-layout";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { validate } from "../../shared/rules";
import { workbookPlan } from "../../shared/workbook/plan/workbook-plan";
import { readWorkbook } from "../../shared/xlsx/read-workbook";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";

// An empty optional table of the Jahresbericht prints no page in a version as filed (its sheet is
// hidden, the text pointing to it says „keine Angaben.“); a workbook for entry shows every sheet.
// tests/workbook/print-stored-versions.test.ts prints a stored one with LibreOffice.

const TABLES = LAYOUTS.jahresbericht.tables;
const OPTIONAL = TABLES.filter((t) => t.optional);
const params = defaultProgramParams(sampleJahresbericht().meta);

/** The sample with the tables `names` emptied. */
const withEmpty = (names: readonly string[]): Filing => {
  const jb = sampleJahresbericht();
  for (const t of TABLES.filter((t) => names.includes(t.name))) {
    const [head, tail] = t.path as [keyof Jahresbericht, string?];
    if (tail) (jb.data[head] as Record<string, unknown>)[tail] = [];
    else (jb.data as Record<string, unknown>)[head] = [];
  }
  return jb;
};

const sheetOf = (name: string) => TABLES.find((t) => t.name === name)!.sheet;
const hiddenSheets = (plan: ReturnType<typeof workbookPlan>) =>
  plan.sheets.filter((s) => s.hidden && s.name !== META_SHEET).map((s) => s.name);
const printedTexts = (plan: ReturnType<typeof workbookPlan>) =>
  plan.sheets
    .filter((s) => !s.hidden)
    .flatMap((s) => s.cells.map((c) => c.value))
    .filter((v): v is string => typeof v === "string");

describe("optional tables of the Jahresbericht", () => {
  it("are exactly the tables no rule asks a row of", () => {
    for (const table of TABLES) {
      const findings = validate(withEmpty([table.name]), params);
      const asked = findings.some((f) => f.severity === "fehler" && f.location.path[0] === table.path[0]);
      expect(Boolean(table.optional), `${table.name}: ${findings.map((f) => f.ruleId).join(", ")}`).toBe(
        !asked,
      );
    }
    expect(OPTIONAL.map((t) => t.name)).toEqual(["tblInhalt", "tblPersonelleRessourcen", "tblAngebote"]);
  });
});

const allEmpty = () => withEmpty(OPTIONAL.map((t) => t.name));

describe("a version as filed with its optional tables empty", () => {
  const empty = allEmpty();

  it("hides the sheets of the empty optional tables, and only those", () => {
    const plan = workbookPlan({ filing: empty, params, asFiled: true });
    expect(hiddenSheets(plan)).toEqual(OPTIONAL.map((t) => t.sheet));
    // LibreOffice prints a hidden sheet that has a print range.
    for (const sheet of plan.sheets.filter((s) => s.hidden))
      expect([sheet.name, sheet.print.area, sheet.print.titleRows]).toEqual([
        sheet.name,
        undefined,
        undefined,
      ]);
  });

  it("says „keine Angaben.“ where the form points to them, so no section is missing on paper", () => {
    const texts = printedTexts(workbookPlan({ filing: empty, params, asFiled: true }));
    expect(texts).toContain(
      "Inhalt: Im Folgenden wird über diese Angebote und Projekte berichtet: keine Angaben.",
    );
    expect(texts.some((t) => t.startsWith("3.2 Personelle Ressourcen (Input): keine Angaben."))).toBe(true);
    expect(texts).toContain(
      "3.5 Maßnahmen zur begleitenden Evaluation und Qualitätssicherung: keine Angaben.",
    );
    expect(texts.some((t) => t.includes("Tabelle im Blatt „2. Inhalt“ (folgt)"))).toBe(false);
  });

  it("keeps the sheet of an optional table with a row, and of a required table left empty", () => {
    const plan = workbookPlan({
      filing: withEmpty(["tblInhalt", "tblAngebote", "tblLeistungen"]),
      params,
      asFiled: true,
    });
    expect(hiddenSheets(plan)).toEqual([sheetOf("tblInhalt"), sheetOf("tblAngebote")]);
    expect(printedTexts(plan).some((t) => t.startsWith("3.2 Personelle Ressourcen, 3.3"))).toBe(true);
  });

  it("writes the sheets hidden in the .xlsx, and the workbook still reads back to the same report", async () => {
    const bytes = await writeWorkbook({ ...(empty as Filing & { kind: "jahresbericht" }), asFiled: true });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as never);
    for (const t of OPTIONAL) expect(book.getWorksheet(t.sheet)?.state, t.sheet).toBe("hidden");
    expect(book.getWorksheet(sheetOf("tblLeistungen"))?.state).toBe("visible");
    const read = await readWorkbook(bytes);
    expect(read.findings).toEqual([]);
    expect(read.filing?.data).toEqual(empty.data);
  });
});

describe("a workbook for entry", () => {
  it("shows every sheet: the template, and a report to correct", () => {
    const { meta } = allEmpty();
    expect(hiddenSheets(workbookPlan({ filing: { kind: "jahresbericht", meta }, params }))).toEqual([]);
    expect(hiddenSheets(workbookPlan({ filing: allEmpty(), params }))).toEqual([]);
    expect(printedTexts(workbookPlan({ filing: allEmpty(), params }))).not.toContain(
      "3.5 Maßnahmen zur begleitenden Evaluation und Qualitätssicherung: keine Angaben.",
    );
  });
});
