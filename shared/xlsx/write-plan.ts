import ExcelJS from "exceljs";
import type { WorkbookPlan } from "../workbook/plan/plan-types";
import { applyPlan } from "./apply-plan";

/** Any workbook plan as .xlsx bytes (a printable report, a cover); the forms use writeWorkbook. */
export const writePlan = async (plan: WorkbookPlan): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Förderbericht";
  await applyPlan(plan, workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
