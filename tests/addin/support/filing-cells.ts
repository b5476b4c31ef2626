import type { Filing } from "../../../shared/filing/filing";
import type { FieldPath } from "../../../shared/filing/labels";
import { toExcelSerial } from "../../../shared/layout/excel-serial";
import { defaultProgramParams } from "../../../shared/programme/params-for-year";
import { splitSheetRef } from "../../../shared/workbook/cell-address";
import { workbookPlan } from "../../../shared/workbook/plan/workbook-plan";
import { planCellOf } from "../../../shared/workbook/plan/plan-cells";

export interface TypedCell {
  sheet: string;
  address: string;
  value: string | number | boolean;
}

/**
 * What a user types into the template to fill in `filing`: every input cell that is not empty and
 * open for typing (the yellow legend „Gelb: hier eintragen“ is locked, and Excel refuses typing there).
 */
export const inputCells = (filing: Filing): TypedCell[] =>
  workbookPlan({ filing, params: defaultProgramParams(filing.meta) }).sheets.flatMap((sheet) =>
    sheet.cells
      .filter((c) => c.style === "input" && c.unlocked && c.value !== null && c.value !== "")
      .map((c) => ({
        sheet: sheet.name,
        address: c.address,
        value:
          c.value instanceof Date ? toExcelSerial(c.value.getTime()) : (c.value as string | number | boolean),
      })),
  );

/** The template cell of a field, e.g. ["sachkosten"] → { sheet: "Verwendungsnachweis", address: "B24" }. */
export const cellOfField = (filing: Filing, path: FieldPath) => {
  const ref = planCellOf(workbookPlan({ filing, params: defaultProgramParams(filing.meta) }))(path)!;
  return splitSheetRef(ref)!;
};
