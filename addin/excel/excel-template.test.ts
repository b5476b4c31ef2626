import { describe, expect, it } from "vitest";
import { largeVerwendungsnachweis } from "../../functions/store/fixtures/large-filings";
import { blankFiling } from "../../shared/filing/forms";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { checkWorkbook } from "../../shared/workbook/check-workbook";
import { parseAddress } from "../../shared/workbook/cell-address";
import { INPUT_FILL } from "../../shared/workbook/plan/styles";
import { readWorkbook } from "../../shared/xlsx/read-workbook";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { workbookPlan } from "../../shared/workbook/plan/workbook-plan";
import { reviewCopyPlan, reviewSheetName } from "../review/review-copy-plan";
import { formatEuro } from "../../shared/money/format-money";
import { workbookWatcher } from "./watch-workbook";
import { SheetExistsError, applyWorkbookPlan } from "./apply-workbook-plan";
import {
  META,
  at,
  field,
  fill,
  insert,
  freshExcelEachTest,
  params,
  personal,
  personalSumme,
  read,
  tblPersonal,
  zuschuss,
} from "../test-support/excel-adapter-harness";

const { excel, lastRun } = freshExcelEachTest();

describe("the live check on a template inserted by „Vorlage einfügen“", () => {
  const granted = params.zuschuesse.find(
    (z) => z.traegerId === "awo" && z.districtId === "kaltenmoor",
  )!.betrag;

  it("knows a blank workbook as one without a template yet, not as a broken one", async () => {
    const blank = await read();
    expect(blank.filing).toBeNull();
    expect(blank.noTemplate).toBe(true);
    await insert({ kind: "verwendungsnachweis", meta: META });
    expect((await read()).noTemplate).toBeUndefined();
  });

  it("prefills the Zuschuss granted for the year, so the user need not type it", async () => {
    await insert({ kind: "verwendungsnachweis", meta: META });
    const checked = checkWorkbook(await read(), { params });
    const vn = checked.filing?.kind === "verwendungsnachweis" ? checked.filing.data : undefined;
    expect(vn?.kopf.zuschuss).toBe(granted);
    expect(excel().value(zuschuss.sheet, zuschuss.address)).toBe(granted / 100);
    expect(checked.findings.filter((f) => f.location.path.join(".") === "kopf.zuschuss")).toEqual([]);
  });

  it("says at the Zuschuss cell when the typed amount differs from the granted one, with both", async () => {
    await insert({ kind: "verwendungsnachweis", meta: META });
    excel().type(zuschuss.sheet, zuschuss.address, 100_000);
    const bewilligt = checkWorkbook(await read(), { params }).findings.find(
      (f) => f.ruleId === "VN-ZUSCHUSS-BEWILLIGT",
    );
    expect(bewilligt?.location.cell).toBe(zuschuss.ref);
    expect(bewilligt?.message).toContain(formatEuro(10_000_000));
    expect(bewilligt?.message).toContain(formatEuro(granted));
  });

  it("flags a district the Träger is not assigned to as a Fehler at the Stadtteilhaus cell", async () => {
    const wrong = { ...META, districtId: "bockelsberg" };
    await insert({ kind: "verwendungsnachweis", meta: wrong });
    const findings = checkWorkbook(await read(), { params: defaultProgramParams(wrong) }).findings;
    expect(findings.find((f) => f.ruleId === "VN-ZUORDNUNG")).toMatchObject({
      severity: "fehler",
      location: { cell: field("VN_kopf_stadtteilhaus").ref },
    });
  });

  it("follows the year's stored parameters: an Ausnahme of the Koordinierungsstelle is no finding", async () => {
    const wrong = { ...META, districtId: "bockelsberg" };
    await insert({ kind: "verwendungsnachweis", meta: wrong });
    const stored = { ...params, ausnahmen: [{ traegerId: "awo", districtId: "bockelsberg" }] };
    const findings = checkWorkbook(await read(), { params: stored }).findings;
    expect(findings.map((f) => f.ruleId)).not.toContain("VN-ZUORDNUNG");
  });
});

describe("inserting a template", () => {
  it("writes the same names, tables and cells the xlsx writer does, in two round trips", async () => {
    // What „Vorlage einfügen“ passes: kind and meta, the head and the granted Zuschuss prefilled.
    await insert({ kind: "verwendungsnachweis", meta: META });
    expect(lastRun().syncs).toBeLessThanOrEqual(2);
    const fromExcel = await read();
    const fromFile = await readWorkbook(await writeWorkbook({ kind: "verwendungsnachweis", meta: META }));
    expect(fromExcel.findings).toEqual(fromFile.findings);
    expect(fromExcel.filing).toEqual(fromFile.filing);
    expect(excel().state.hidden).toEqual(new Set(["_meta"]));
    expect(excel().state.activeSheet).toBe("Verwendungsnachweis");
  });

  it("writes a Jahresbericht with its sheets in print order and reads it back unchanged", async () => {
    const filing = sampleJahresbericht(META);
    await insert(filing);
    expect(lastRun().syncs).toBeLessThanOrEqual(2);
    expect(excel().workbook.sheets.map((s) => s.name)).toEqual([
      "Tabelle1",
      ...workbookPlan({ filing, params }).sheets.map((s) => s.name),
    ]);
    expect((await read()).filing).toEqual((await readWorkbook(await writeWorkbook(filing))).filing);
  });

  it("writes a stored version with 200 Personal rows in two round trips; formulas compute the totals", async () => {
    const filing = largeVerwendungsnachweis(200);
    await insert(filing);
    expect(lastRun().syncs).toBeLessThanOrEqual(2);
    const back = await read();
    expect(back.filing).toEqual(filing);
    expect(checkWorkbook(back, { params }).findings.filter((f) => f.severity === "fehler")).toEqual([]);
    expect(excel().value(personalSumme.sheet, personalSumme.address)).toBe(filing.data.personal.summe! / 100);
  });

  it("sets number formats in invariant form and dates as serial days, never Date objects", async () => {
    await insert(sampleVerwendungsnachweis(META));
    expect(excel().state.numberFormats.get(zuschuss.key)).toBe('[$-407]#,##0.00 "€"');
    expect(excel().state.numberFormats.get(personal(0, "stellenanteil").key)).toBe("0 %");
    const datum = at(excel().workbook.names.VN_kopf_datum!);
    const cell = excel().workbook.sheets.find((s) => s.name === datum.sheet)!.cells[datum.address];
    expect(typeof cell?.value).toBe("number");
  });

  it("refuses a workbook that already has the sheets and changes nothing", async () => {
    await insert(blankFiling("verwendungsnachweis", META));
    const before = JSON.stringify(excel().workbook);
    await expect(insert(blankFiling("verwendungsnachweis", META))).rejects.toBeInstanceOf(SheetExistsError);
    expect(JSON.stringify(excel().workbook)).toBe(before);
    expect(lastRun().syncs).toBe(1);
  });

  it("keeps its own change events off while writing and on afterwards", async () => {
    let changes = 0;
    await workbookWatcher(() => changes++).watch();
    await insert(blankFiling("verwendungsnachweis", META));
    await new Promise((r) => setTimeout(r, 10));
    expect(changes).toBe(0);
    expect(excel().state.enableEvents).toBe(true);
  });

  it("applies the plan's styles, validation, print setup and protection like the xlsx writer", async () => {
    const plan = workbookPlan({ filing: blankFiling("verwendungsnachweis", META), params });
    await applyWorkbookPlan(plan);
    const look = (key: string) => excel().state.looks.get(key) ?? {};
    const inWorten = field("VN_kopf_zuschussInWorten");
    expect(excel().state.fills.get(zuschuss.key)).toBe(fill(INPUT_FILL)); // input: yellow
    expect(look(personalSumme.key)).toMatchObject({
      "font.bold": true,
      "borders.EdgeTop.style": "Continuous",
    });
    expect(excel().state.unlocked.has(zuschuss.key)).toBe(true);
    expect(excel().state.unlocked.has(personalSumme.key)).toBe(false); // a result stays locked
    expect(excel().state.unlocked.has(inWorten.key)).toBe(true); // … unless it may be typed over
    for (const sheet of plan.sheets)
      expect(excel().state.protectedSheets.has(sheet.name)).toBe(sheet.protect);
    expect(excel().state.protectedSheets.has(tblPersonal.sheet)).toBe(false); // tables must grow
    // Amounts: a custom rule (≥ 0, at most two decimals, up to the cap) exactly as the plan says.
    const verwaltung = field("VN_verwaltung");
    const planned = plan.sheets
      .find((s) => s.name === verwaltung.sheet)!
      .validations.find((v) => v.range === verwaltung.address)!.rule;
    expect(planned.formulae[0]).toContain("VN_verwaltungHoechstbetrag");
    expect(excel().state.validations.get(verwaltung.key)).toMatchObject({
      rule: { custom: { formula: `=${String(planned.formulae[0])}` } },
      errorAlert: { style: "Warning" },
    });
    expect(excel().state.validations.get(field("VN_kopf_zuwendungsgemaessVerwendet").key)).toMatchObject({
      rule: { list: { inCellDropDown: true, source: "=LST_jaNein" } },
    });
    const personalPlan = plan.sheets.find((s) => s.name === tblPersonal.sheet)!;
    const titleRow = parseAddress(tblPersonal.start).row;
    expect(personalPlan.print.titleRows).toBe(`${titleRow}:${titleRow}`);
    expect(excel().state.sheetSettings.get(tblPersonal.sheet)).toMatchObject({
      "pageLayout.orientation": "Portrait",
      "pageLayout.printTitleRows": `$${titleRow}:$${titleRow}`,
      freezeRows: titleRow,
      "pageLayout.headersFooters.rightFooter": expect.stringContaining("Seite &P von &N"),
    });
    for (const sheet of plan.sheets.filter((s) => !s.hidden))
      expect(excel().state.sheetSettings.get(sheet.name)?.pageBreaks ?? []).toEqual(
        sheet.print.breaksAfter.map((row) => `A${row + 1}`),
      );
  });

  it("leaves out validation and print setup where Excel lacks them, and still writes a readable template", async () => {
    const old = (v: string) => v <= "1.7";
    await applyWorkbookPlan(workbookPlan({ filing: { kind: "verwendungsnachweis", meta: META }, params }), {
      supported: old,
    });
    expect(excel().state.validations.size).toBe(0);
    expect(excel().state.sheetSettings.get("Personal")?.["pageLayout.orientation"]).toBeUndefined();
    const back = await read();
    expect(back.findings).toEqual([]);
    expect(back.filing).toEqual(
      (await readWorkbook(await writeWorkbook({ kind: "verwendungsnachweis", meta: META }))).filing,
    );
  });

  it("writes a review copy without names or tables, so the reader never takes it for the filing", async () => {
    const plan = reviewCopyPlan(workbookPlan({ filing: sampleVerwendungsnachweis(META), params }), 1);
    await applyWorkbookPlan(plan);
    expect(excel().workbook.names).toEqual({});
    expect(excel().workbook.tables).toEqual([]);
    expect((await read()).filing).toBeNull();
    expect(excel().value(reviewSheetName(personalSumme.sheet, 1), personalSumme.address)).toBe(
      sampleVerwendungsnachweis(META).data.personal.summe! / 100,
    );
  });
});
