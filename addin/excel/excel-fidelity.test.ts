import { beforeEach, describe, expect, it } from "vitest";
import { blankFiling } from "../../shared/filing/forms";
import type { Filing } from "../../shared/filing/filing";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { splitSheetRef } from "../../shared/workbook/cell-address";
import { workbookPlan } from "../../shared/workbook/plan/workbook-plan";
import { readFilingWorkbook } from "../../shared/workbook/read-filing-workbook";
import { namedCell, tableCell } from "../../tests/support/layout-cells";
import {
  createFakeExcel,
  type FakeExcel,
  type FakeExcelOptions,
} from "../test-support/fake-excel/fake-excel";
import { installFakeOffice } from "../test-support/fake-excel/fake-office";
import { applyWorkbookPlan } from "./apply-workbook-plan";
import { excelWorkbookHost } from "./excel-workbook-host";
import { highlightCells, restoreFills } from "./highlight-cells";
import { workbookWatcher } from "./watch-workbook";
import { EURO_NUMBER_FORMAT } from "../../shared/money/format-money";

// The adapter against the host's refusals the fake models (fake-protection.ts, fake-culture.ts,
// held-to-types.ts): the real excelApiSupported answers from the fake's configured version.
const META = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2025 };
const params = defaultProgramParams(META);
let excel: FakeExcel;
const open = (options: FakeExcelOptions = {}) => {
  excel = createFakeExcel({ sheets: [{ name: "Tabelle1", cells: {} }], names: {}, tables: [] }, options);
  installFakeOffice(globalThis as unknown as Record<string, unknown>, excel);
};
beforeEach(() => open());

const at = (ref: string) => {
  const { sheet, address } = splitSheetRef(ref)!;
  return { ref, sheet, address, key: `${sheet}!${address}` };
};
const field = (name: string) => at(namedCell("verwendungsnachweis", name));
const personalName = at(tableCell("verwendungsnachweis", "tblPersonal", 0, "name"));
const zuschuss = field("VN_kopf_zuschuss");
const summe = field("VN_personal_summe");
const insert = (filing: Filing) => applyWorkbookPlan(workbookPlan({ filing, params }));
const read = () => readFilingWorkbook(excelWorkbookHost());
const commands = () => excel.runs.flatMap((r) => r.commands);
/** One batch against the open fake, as an adapter would send it. */
const batch = (fn: (context: Excel.RequestContext) => void) =>
  excel.Excel.run(async (context) => {
    fn(context as unknown as Excel.RequestContext);
    await context.sync();
  });

describe("an Excel of ExcelApi 1.7 (Excel 2019 volume licence)", () => {
  it("takes the template, the live check and highlights without one member it lacks", async () => {
    open({ excelApi: "1.7" });
    const filing = sampleVerwendungsnachweis(META);
    await insert(filing); // a 1.8 or 1.9 member would fail the sync with ApiNotFound
    expect((await read()).filing).toEqual(filing);
    await workbookWatcher(() => undefined).watch();
    const previous = await highlightCells([zuschuss.ref], "#FFD8A8");
    await restoreFills(previous);
    expect(commands()).not.toContain("Runtime.enableEvents=");
    expect(commands().some((c) => c.startsWith("oncalculated") || c.startsWith("dataValidation"))).toBe(
      false,
    );
    expect(excel.state.sheetSettings.get(summe.sheet)?.["pageLayout.orientation"]).toBeUndefined();
  });

  it("at 1.8 adds validation and events off, still without the 1.9 print setup", async () => {
    open({ excelApi: "1.8" });
    await insert(blankFiling("verwendungsnachweis", META));
    expect(commands()).toContain("Runtime.enableEvents=");
    expect(excel.state.validations.size).toBeGreaterThan(0);
    expect(excel.state.sheetSettings.get(summe.sheet)?.["pageLayout.orientation"]).toBeUndefined();
    expect(excel.state.enableEvents).toBe(true);
  });
});

describe("a protected sheet", () => {
  beforeEach(() => insert(sampleVerwendungsnachweis(META)));

  it("refuses a value in a locked cell with AccessDenied and takes one in an input cell", async () => {
    expect(excel.state.protectedSheets.has(summe.sheet)).toBe(true);
    await expect(
      batch((c) => (c.workbook.worksheets.getItem(summe.sheet).getRange(summe.address).values = [[1]])),
    ).rejects.toMatchObject({
      code: "AccessDenied",
      message: expect.stringContaining(summe.address),
    });
    await batch(
      (c) => (c.workbook.worksheets.getItem(zuschuss.sheet).getRange(zuschuss.address).values = [[5]]),
    );
    expect(excel.value(zuschuss.sheet, zuschuss.address)).toBe(5);
  });

  it("lets the adapter mark a locked cell, because the template allows formatting cells", async () => {
    await highlightCells([summe.ref], "#FFD8A8");
    expect(excel.state.fills.get(summe.key)).toBe("#FFD8A8");
    // Without allowFormatCells Excel refuses the same fill.
    excel.state.protectedSheets.set(summe.sheet, {});
    await expect(highlightCells([summe.ref], "#FFD8A8")).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

describe("values the host refuses or reads its own way", () => {
  it("refuses a values array whose size differs from the range's (InvalidArgument) and writes nothing", async () => {
    await expect(
      batch((c) => (c.workbook.worksheets.getItem("Tabelle1").getRange("A1:B2").values = [[1], [2], [3]])),
    ).rejects.toMatchObject({ code: "InvalidArgument", message: expect.stringContaining("3×1") });
    expect(excel.workbook.sheets[0]!.cells).toEqual({});
  });

  it("keeps a Träger's text that looks like a number or a date as text in a German Excel", async () => {
    open({ culture: "de-DE" });
    const filing = sampleVerwendungsnachweis(META);
    if (filing.kind !== "verwendungsnachweis") throw new Error("Verwendungsnachweis erwartet");
    filing.data.personal.zeilen[0]!.name = "1.234";
    filing.data.personal.zeilen[1]!.name = "31.12.2025";
    await insert(filing);
    expect(excel.value(personalName.sheet, personalName.address)).toBe("1.234");
    const back = (await read()).filing;
    expect(
      back?.kind === "verwendungsnachweis" && back.data.personal.zeilen.map((z) => z.name).slice(0, 2),
    ).toEqual(["1.234", "31.12.2025"]);
  });

  it("writes formulas and number formats in English, so a German Excel computes and shows the same", async () => {
    const filing = sampleVerwendungsnachweis(META);
    await insert(filing);
    const english = excel.value(summe.sheet, summe.address);
    open({ culture: "de-DE" });
    await insert(filing);
    expect(excel.value(summe.sheet, summe.address)).toBe(english);
    expect((await read()).filing).toEqual(filing);
    const local = await excel.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(zuschuss.sheet).getRange(zuschuss.address);
      const sum = context.workbook.worksheets.getItem(summe.sheet).getRange(summe.address);
      range.load("numberFormat,numberFormatLocal");
      sum.load("formulas,formulasLocal");
      await context.sync();
      return {
        format: range.numberFormat,
        formatLocal: range.numberFormatLocal,
        formulas: sum.formulas,
        formulasLocal: sum.formulasLocal,
      };
    });
    expect(local.format).toEqual([[EURO_NUMBER_FORMAT]]);
    expect(local.formatLocal).toEqual([['[$-407]#.##0,00 "€"']]);
    expect(String(local.formulas[0]![0])).toMatch(/^=SUM\(/);
    expect(String(local.formulasLocal[0]![0])).toMatch(/^=SUMME\(/);
  });

  it("shows #NAME? where English is given as the local formula of a German Excel", async () => {
    open({ culture: "de-DE" });
    await batch((c) => {
      const sheet = c.workbook.worksheets.getItem("Tabelle1");
      sheet.getRange("A1").formulasLocal = [["=SUMME(1,5;2)"]];
      sheet.getRange("A2").formulasLocal = [["=SUM(1,2)"]];
    });
    expect(excel.value("Tabelle1", "A1")).toBe(3.5);
    expect(excel.value("Tabelle1", "A2")).toEqual({ error: "#NAME?" });
  });

  it("keeps a formula written into a text-formatted cell as text, as Excel does", async () => {
    await batch((c) => {
      const range = c.workbook.worksheets.getItem("Tabelle1").getRange("A1");
      range.numberFormat = [["@"]];
      range.formulas = [["=1+1"]];
    });
    expect(excel.value("Tabelle1", "A1")).toBe("=1+1");
  });
});

describe("calculation and events around writes", () => {
  it("recalculates before a read in the same batch, unless calculation is suspended until the sync", async () => {
    const run = (suspend: boolean) =>
      excel.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Tabelle1");
        if (suspend) context.workbook.application.suspendApiCalculationUntilNextSync();
        sheet.getRange("A1").values = [[suspend ? 20 : 2]];
        const sum = sheet.getRange("B1").load("values");
        await context.sync();
        return sum.values[0]![0];
      });
    excel.workbook.names.Wert = "Tabelle1!$A$1";
    await batch((c) => (c.workbook.worksheets.getItem("Tabelle1").getRange("B1").formulas = [["=Wert*2"]]));
    expect(await run(false)).toBe(4);
    expect(await run(true)).toBe(4); // still the value from before the write
    expect(excel.value("Tabelle1", "B1")).toBe(40); // calculated when the sync ended
  });

  it("suspends calculation for the template's formulas, and the totals are there afterwards", async () => {
    const filing = sampleVerwendungsnachweis(META);
    await insert(filing);
    expect(commands()).toContain("Application.suspendApiCalculationUntilNextSync()");
    expect(excel.value(summe.sheet, summe.address)).toBe(
      filing.kind === "verwendungsnachweis" ? filing.data.personal.summe! / 100 : undefined,
    );
  });

  it("switches its events back on when a batch fails half way", async () => {
    open({ excelApi: "1.8" });
    // A name the template adds exists already: the big batch fails after events went off.
    excel.workbook.names.VN_kopf_zuschuss = "Tabelle1!$A$1";
    await expect(insert(blankFiling("verwendungsnachweis", META))).rejects.toMatchObject({
      code: "ItemAlreadyExists",
    });
    expect(excel.state.enableEvents).toBe(true);
  });
});
