import { beforeEach, describe, expect, it } from "vitest";
import { largeVerwendungsnachweis } from "../../functions/store/fixtures/large-filings";
import { blankFiling } from "../../shared/filing/forms";
import type { Filing } from "../../shared/filing/filing";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/filing/sample-filings";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { checkWorkbook } from "../../shared/workbook/check-workbook";
import { readFilingWorkbook } from "../../shared/workbook/read-filing-workbook";
import { readWorkbook } from "../../shared/xlsx/read-workbook";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { workbookPlan } from "../../shared/workbook/plan/workbook-plan";
import { reviewCopyPlan } from "../review/review-copy-plan";
import { createFakeExcel, type FakeExcel } from "../test-support/fake-excel/fake-excel";
import { installFakeOffice } from "../test-support/fake-excel/fake-office";
import { excelApiNotes } from "./excel-api";
import { excelWorkbookHost } from "./excel-workbook-host";
import { highlightCells, restoreFills } from "./highlight-cells";
import { readSelection } from "./read-selection";
import { selectCell } from "./select-cell";
import { workbookWatcher } from "./watch-workbook";
import { SheetExistsError, applyWorkbookPlan } from "./apply-workbook-plan";

const META = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2025 };
const params = defaultProgramParams(META);
let excel: FakeExcel;
const lastRun = () => excel.runs.at(-1)!;

beforeEach(() => {
  excel = createFakeExcel({ sheets: [{ name: "Tabelle1", cells: {} }], names: {}, tables: [] });
  installFakeOffice(globalThis as unknown as Record<string, unknown>, excel);
});

const insert = (filing: Filing) => applyWorkbookPlan(workbookPlan({ filing, params }));
const read = () => readFilingWorkbook(excelWorkbookHost());

describe("inserting a template", () => {
  it("writes the same names, tables and cells the xlsx writer does, in two round trips", async () => {
    const blank = blankFiling("verwendungsnachweis", META);
    await insert(blank);
    expect(lastRun().syncs).toBeLessThanOrEqual(2);
    const fromExcel = await read();
    const fromFile = await readWorkbook(await writeWorkbook({ kind: "verwendungsnachweis", meta: META }));
    expect(fromExcel.findings).toEqual(fromFile.findings);
    expect(fromExcel.filing).toEqual(fromFile.filing);
    expect(excel.state.hidden).toEqual(new Set(["_meta"]));
    expect(excel.state.activeSheet).toBe("Verwendungsnachweis");
  });

  it("writes a Jahresbericht with its seven sheets and reads it back unchanged", async () => {
    const filing = sampleJahresbericht(META);
    await insert(filing);
    expect(lastRun().syncs).toBeLessThanOrEqual(2);
    expect((await read()).filing).toEqual((await readWorkbook(await writeWorkbook(filing))).filing);
  });

  it("writes a stored version with 200 Personal rows in two round trips; formulas compute the totals", async () => {
    const filing = largeVerwendungsnachweis(200);
    await insert(filing);
    expect(lastRun().syncs).toBeLessThanOrEqual(2);
    const back = await read();
    expect(back.filing).toEqual(filing);
    expect(checkWorkbook(back, { params }).findings.filter((f) => f.severity === "fehler")).toEqual([]);
    expect(excel.value("Verwendungsnachweis", "B16")).toBe(filing.data.personal.summe! / 100);
  });

  it("sets number formats in invariant form and dates as serial days, never Date objects", async () => {
    await insert(sampleVerwendungsnachweis(META));
    expect(excel.state.numberFormats.get("Verwendungsnachweis!B11")).toBe('#,##0.00 "€"');
    expect(excel.state.numberFormats.get("Personal!E5")).toBe("0 %");
    const datum = Object.entries(excel.workbook.names).find(([n]) => n === "VN_kopf_datum")![1];
    const cell = excel.workbook.sheets[1]!.cells[datum.split("!")[1]!.replace(/\$/g, "")];
    expect(typeof cell?.value).toBe("number");
  });

  it("refuses a workbook that already has the sheets and changes nothing", async () => {
    await insert(blankFiling("verwendungsnachweis", META));
    const before = JSON.stringify(excel.workbook);
    await expect(insert(blankFiling("verwendungsnachweis", META))).rejects.toBeInstanceOf(SheetExistsError);
    expect(JSON.stringify(excel.workbook)).toBe(before);
    expect(lastRun().syncs).toBe(1);
  });

  it("keeps its own change events off while writing and on afterwards", async () => {
    let changes = 0;
    await workbookWatcher(() => changes++).watch();
    await insert(blankFiling("verwendungsnachweis", META));
    await new Promise((r) => setTimeout(r, 10));
    expect(changes).toBe(0);
    expect(excel.state.enableEvents).toBe(true);
  });

  it("applies the plan's styles, validation, print setup and protection like the xlsx writer", async () => {
    await insert(blankFiling("verwendungsnachweis", META));
    const look = (key: string) => excel.state.looks.get(key) ?? {};
    expect(excel.state.fills.get("Verwendungsnachweis!B11")).toBe("#FFF7D6"); // input: yellow
    expect(look("Verwendungsnachweis!B16")).toMatchObject({
      "font.bold": true,
      "borders.EdgeTop.style": "Continuous",
    });
    expect(excel.state.unlocked.has("Verwendungsnachweis!B11")).toBe(true);
    expect(excel.state.unlocked.has("Verwendungsnachweis!B16")).toBe(false); // a result stays locked
    expect(excel.state.protectedSheets.has("Verwendungsnachweis")).toBe(true);
    expect(excel.state.protectedSheets.has("Personal")).toBe(false); // tables must grow
    expect(excel.state.validations.get("Verwendungsnachweis!B20")).toMatchObject({
      rule: { decimal: { formula1: 0, formula2: "=VN_verwaltungHoechstbetrag", operator: "Between" } },
      errorAlert: { style: "Warning" },
    });
    expect(excel.state.validations.get("Verwendungsnachweis!B14")).toMatchObject({
      rule: { list: { inCellDropDown: true, source: "=LST_jaNein" } },
    });
    expect(excel.state.sheetSettings.get("Personal")).toMatchObject({
      "pageLayout.orientation": "Portrait",
      "pageLayout.printTitleRows": "$4:$4",
      freezeRows: 4,
      "pageLayout.headersFooters.rightFooter": expect.stringContaining("Seite &P von &N"),
    });
    expect(excel.state.sheetSettings.get("Verwendungsnachweis")?.pageBreaks).toEqual(["A33"]); // after row 32
  });

  it("leaves out validation and print setup where Excel lacks them, and still writes a readable template", async () => {
    const old = (v: string) => v <= "1.7";
    await applyWorkbookPlan(workbookPlan({ filing: blankFiling("verwendungsnachweis", META), params }), {
      supported: old,
    });
    expect(excel.state.validations.size).toBe(0);
    expect(excel.state.sheetSettings.get("Personal")?.["pageLayout.orientation"]).toBeUndefined();
    const back = await read();
    expect(back.findings).toEqual([]);
    expect(back.filing).toEqual(
      (await readWorkbook(await writeWorkbook({ kind: "verwendungsnachweis", meta: META }))).filing,
    );
  });

  it("writes a review copy without names or tables, so the reader never takes it for the filing", async () => {
    const plan = reviewCopyPlan(workbookPlan({ filing: sampleVerwendungsnachweis(META), params }), 1);
    await applyWorkbookPlan(plan);
    expect(excel.workbook.names).toEqual({});
    expect(excel.workbook.tables).toEqual([]);
    expect((await read()).filing).toBeNull();
    expect(excel.value("Verwendungsnachweis v1", "B16")).toBe(
      sampleVerwendungsnachweis(META).data.personal.summe! / 100,
    );
  });
});

describe("reading the open workbook", () => {
  it("takes two round trips and loads only values and value types of the cells it reads", async () => {
    await insert(sampleVerwendungsnachweis(META));
    await read();
    const run = lastRun();
    expect(run.syncs).toBe(2);
    expect(run.loads.some((l) => l.endsWith(".*") || l.endsWith(".text"))).toBe(false);
    expect(new Set(run.loads.filter((l) => l.startsWith("Range.")))).toEqual(
      new Set(["Range.address", "Range.values", "Range.valueTypes"]),
    );
  });

  it("reads what a user typed, rows typed under a table and error values, each at its cell", async () => {
    await insert(blankFiling("verwendungsnachweis", META));
    excel.type("Personal", "A5", "Krüger");
    excel.type("Personal", "E5", 0.5);
    excel.type("Personal", "F5", 41234.5);
    excel.type("Personal", "A13", "Neu"); // directly under the table: Excel grows it
    excel.type("Verwendungsnachweis", "B11", "zwölf Euro");
    const result = checkWorkbook(await read(), { params });
    const vn = result.filing?.kind === "verwendungsnachweis" ? result.filing.data : undefined;
    expect(vn?.personal.zeilen.map((z) => z.name)).toEqual(["Krüger", "Neu"]);
    expect(vn?.personal.summe).toBe(4_123_450);
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        ruleId: "EINGABE-BETRAG",
        location: expect.objectContaining({ cell: "'Verwendungsnachweis'!B11" }),
      }),
    );
  });

  it("skips a defined name whose reference is broken instead of failing the whole read", async () => {
    await insert(blankFiling("verwendungsnachweis", META));
    excel.workbook.names.VN_sachkosten = "'Gelöschtes Blatt'!$B$2";
    const result = await read();
    expect(result.filing).not.toBeNull();
    expect(result.findings.map((f) => f.message).join()).toContain("VN_sachkosten");
  });
});

describe("cells, highlights and events", () => {
  beforeEach(() => insert(sampleVerwendungsnachweis(META)));

  it("selects a cell on another sheet by activating that sheet first, in one round trip", async () => {
    await selectCell("'Personal'!E6");
    expect(lastRun().syncs).toBe(1);
    expect(excel.state.activeSheet).toBe("Personal");
    expect(excel.state.selection).toEqual({ sheet: "Personal", address: "E6" });
    expect(lastRun().commands.indexOf("Worksheet.activate()")).toBeLessThan(
      lastRun().commands.indexOf("Range.select()"),
    );
  });

  it("reads the selected cell's address", async () => {
    excel.click("Verwendungsnachweis", "B14");
    expect(await readSelection()).toBe("Verwendungsnachweis!B14");
    expect(lastRun().syncs).toBe(1);
  });

  it("highlights cells in two round trips and puts the old fills back in one", async () => {
    excel.state.fills.set("Personal!A5", "#00FF00");
    const previous = await highlightCells(["'Personal'!A5", "'Verwendungsnachweis'!B11"], "#FFD8A8");
    expect(lastRun().syncs).toBe(2);
    expect(excel.state.fills.get("Verwendungsnachweis!B11")).toBe("#FFD8A8");
    await restoreFills(previous);
    expect(lastRun().syncs).toBe(1);
    expect(excel.state.fills.get("Personal!A5")).toBe("#00FF00");
    expect(excel.state.fills.get("Verwendungsnachweis!B11")).toBe("#FFF7D6"); // the input's own yellow
  });

  it("reports typing and recalculation to the live check", async () => {
    const seen: number[] = [];
    const watcher = workbookWatcher(() => seen.push(Date.now()));
    await watcher.watch();
    expect(lastRun().syncs).toBe(2);
    await watcher.watch(); // nothing new to register
    excel.type("Verwendungsnachweis", "B14", 500);
    await new Promise((r) => setTimeout(r, 10));
    expect(seen.length).toBeGreaterThanOrEqual(1);
  });
});

describe("requirement sets", () => {
  it("explains in German when Excel is too old, and what degrades below ExcelApi 1.8", () => {
    expect(excelApiNotes((v) => v <= "1.6")).toEqual({
      usable: false,
      notes: [expect.stringContaining("ExcelApi 1.7")],
    });
    expect(excelApiNotes((v) => v <= "1.7")).toEqual({
      usable: true,
      notes: [expect.stringContaining("Neuberechnungen")],
    });
    expect(excelApiNotes(() => true)).toEqual({ usable: true, notes: [] });
  });
});
