import { describe, expect, it } from "vitest";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { LONG_TEXTS_SHEET } from "../../shared/workbook/plan/long-table-texts";
import { MAX_ROW_HEIGHT } from "../../shared/workbook/plan/print-layout";
import { workbookPlan } from "../../shared/workbook/plan/workbook-plan";
import { readWorkbook } from "../../shared/xlsx/read-workbook";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";

// A table row prints at most 409 pt high and is never split, so a long text in a table cell would
// be cut on paper: the plan prints it in full on „Langtexte“ (LibreOffice: tests/workbook/print-jahresbericht.test.ts).

const words = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(4, "0")}`).join(" ");
const longJb = () => {
  const jb = sampleJahresbericht();
  jb.data.wirkungen[0]!.wirkung = words("Wrk", 320);
  jb.data.leistungen[1]!.beschreibung = words("Lst", 2000);
  return jb;
};
const plan = (filing: Parameters<typeof workbookPlan>[0]["filing"]) =>
  workbookPlan({ filing, params: defaultProgramParams(filing.meta) });
const sheet = (p: ReturnType<typeof plan>, name: string) => p.sheets.find((s) => s.name === name);

describe("long texts in table cells", () => {
  it("adds no sheet where every table text fits its row", () => {
    for (const filing of [sampleJahresbericht(), sampleVerwendungsnachweis()])
      expect(sheet(plan(filing), LONG_TEXTS_SHEET)).toBeUndefined();
  });

  it("prints each long text whole on „Langtexte“, in rows a page can hold, after the form's sheets", () => {
    const p = plan(longJb());
    const long = sheet(p, LONG_TEXTS_SHEET)!;
    const texts = long.cells.map((c) => String(c.value));

    expect(p.sheets.map((s) => s.name).slice(-2)).toEqual([LONG_TEXTS_SHEET, "_meta"]);
    expect(texts).toContain("3.4 Erreichte Wirkungen (Outcome/Impact), Zeile 1, Erzielte Wirkung");
    expect(texts).toContain("3.3 Erbrachte Leistungen (Output), Zeile 2, Beschreibung");
    const body = texts.join(" ");
    expect(body).toContain(words("Wrk", 320));
    expect(body).toContain(words("Lst", 2000));
    expect(Math.max(...Object.values(long.rowHeights))).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
    expect(long.print.area).toMatch(/^A1:B\d+$/);
  });

  it("says above each table which of its texts are cut in print and where they are whole", () => {
    const p = plan(longJb());
    const pointer = (name: string) =>
      sheet(p, name)!.cells.find((c) => c.address === "A3" && String(c.value).startsWith("Im Druck gekürzt"));

    expect(pointer("3.4 Wirkungen")?.value).toBe(
      "Im Druck gekürzt, vollständig im Blatt „Langtexte“: Zeile 1, Erzielte Wirkung.",
    );
    expect(pointer("3.3 Leistungen")?.value).toBe(
      "Im Druck gekürzt, vollständig im Blatt „Langtexte“: Zeile 2, Beschreibung.",
    );
    expect(pointer("2.3 Lösungsansätze")).toBeUndefined();
  });

  it("keeps the cut table row within Excel's row limit (LibreOffice printed a taller one over the footer)", () => {
    const rows = sheet(plan(longJb()), "3.3 Leistungen")!.rowHeights;

    expect(Math.max(...Object.values(rows))).toBe(MAX_ROW_HEIGHT);
  });

  it("is not read back: the workbook reads to the same report", async () => {
    const jb = longJb();
    const read = await readWorkbook(await writeWorkbook(jb));

    expect(read.findings).toEqual([]);
    expect(read.filing?.data).toEqual(jb.data);
  });
});
