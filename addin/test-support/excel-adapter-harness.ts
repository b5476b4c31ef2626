import { beforeEach } from "vitest";
import type { Filing } from "../../shared/filing/filing";
import { LAYOUTS } from "../../shared/layout/layouts";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { splitSheetRef } from "../../shared/workbook/cell-address";
import { readFilingWorkbook } from "../../shared/workbook/read-filing-workbook";
import { workbookPlan } from "../../shared/workbook/plan/workbook-plan";
import { namedCell, tableCell } from "../../tests/support/layout-cells";
import { applyWorkbookPlan } from "../excel/apply-workbook-plan";
import { excelWorkbookHost } from "../excel/excel-workbook-host";
import { createFakeExcel, type FakeExcel } from "./fake-excel/fake-excel";
import { installFakeOffice } from "./fake-excel/fake-office";

/** What the adapter tests of addin/excel share: a fresh fake Excel per test and the layout's cells. */
export const META = {
  programmeId: "stadtteilmanagement",
  traegerId: "awo",
  districtId: "kaltenmoor",
  year: 2025,
};
export const params = defaultProgramParams(META);

/** An empty workbook behind the Office.js globals, new for each test. */
export const installFreshExcel = (): FakeExcel => {
  const excel = createFakeExcel({ sheets: [{ name: "Tabelle1", cells: {} }], names: {}, tables: [] });
  installFakeOffice(globalThis as unknown as Record<string, unknown>, excel);
  return excel;
};

/** A fresh fake Excel before each test of the calling file: `excel()` is it, `lastRun()` its last Excel.run. */
export const freshExcelEachTest = () => {
  let excel: FakeExcel;
  beforeEach(() => {
    excel = installFreshExcel();
  });
  return { excel: () => excel, lastRun: () => excel.runs.at(-1)! };
};

/** A cell of the layout as findings name it ("'Personal'!A5") and as the fake keys it ("Personal!A5"). */
export const at = (ref: string) => {
  const { sheet, address } = splitSheetRef(ref)!;
  return { ref, sheet, address, key: `${sheet}!${address}` };
};
export const field = (name: string) => at(namedCell("verwendungsnachweis", name));
export const personal = (index: number, key: string) =>
  at(tableCell("verwendungsnachweis", "tblPersonal", index, key));
export const tblPersonal = LAYOUTS.verwendungsnachweis.tables.find((t) => t.name === "tblPersonal")!;
export const zuschuss = field("VN_kopf_zuschuss");
export const personalSumme = field("VN_personal_summe");
export const fill = (argb: string) => `#${argb.slice(-6)}`;

export const insert = (filing: Filing | Pick<Filing, "kind" | "meta">, with_ = params) =>
  applyWorkbookPlan(workbookPlan({ filing, params: with_ }));
export const read = () => readFilingWorkbook(excelWorkbookHost());
