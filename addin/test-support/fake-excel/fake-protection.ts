import { toAddress } from "../../../shared/workbook/cell-address";
import {
  FakeExcelError,
  cellKey,
  cellsOf,
  rangeAddress,
  type FakeWorkbookState,
  type RangeRef,
} from "./fake-workbook-state";

/** What a change to a protected sheet needs: its cells unlocked, or a WorksheetProtectionOptions flag. */
export type ProtectedChange =
  "contents" | "allowFormatCells" | "allowFormatColumns" | "allowFormatRows" | "never";

/**
 * Excel's sheet protection as the add-in meets it: on a protected sheet, contents (values,
 * formulas, number formats) may change only in unlocked cells; formats, column widths and row
 * heights only where `protect()` allowed them (allowFormatCells / …Columns / …Rows); merging,
 * validation, locking and tables not at all. Excel refuses with AccessDenied ("You cannot perform
 * the requested operation", Excel.ErrorCodes; WorksheetProtection in @types/office-js). Protection
 * takes effect in queue order, so a batch that writes first and protects last succeeds.
 */
export const refuseOnProtected = (
  state: FakeWorkbookState,
  r: RangeRef,
  change: ProtectedChange,
  what: string,
) => {
  const options = state.protectedSheets.get(r.sheet.name) as Record<string, unknown> | undefined;
  if (!options) return;
  const refused =
    change === "never"
      ? true
      : change === "contents"
        ? cellsOf(r)
            .flat()
            .some((pos) => !state.unlocked.has(cellKey(r.sheet.name, toAddress(pos))))
        : options[change] !== true;
  if (refused)
    throw new FakeExcelError(
      "AccessDenied",
      `${what} in ${rangeAddress(r)}: das Blatt „${r.sheet.name}“ ist geschützt${change === "contents" ? " und die Zellen sind gesperrt" : ""}.`,
    );
};
