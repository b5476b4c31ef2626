import { META_SHEET } from "../../shared/layout/meta-layout";
import type { WorkbookPlan } from "../../shared/workbook/plan/plan-types";

/** Excel allows 31 characters in a sheet name. */
const MAX_SHEET_NAME = 31;

export const reviewSheetName = (name: string, version: number): string => {
  const suffix = ` v${version}`;
  return `${name.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
};

/**
 * A stored version opened for review beside the workbook's own sheets: the same plan, its sheets
 * renamed "… v2", without defined names, tables, metadata or validation (they would clash with the
 * template and make the reader take the copy for the filing), results as their stored values, and
 * every sheet protected – a version is read, never changed.
 */
export const reviewCopyPlan = (plan: WorkbookPlan, version: number): WorkbookPlan => ({
  names: [],
  sheets: plan.sheets
    .filter((s) => s.name !== META_SHEET)
    .map((s) => ({
      ...s,
      name: reviewSheetName(s.name, version),
      tables: [],
      validations: [],
      protect: true,
      cells: s.cells.map(({ formula: _formula, unlocked: _unlocked, ...cell }) => cell),
    })),
});
