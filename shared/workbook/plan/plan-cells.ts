import type { CellOf } from "../cell-locator";
import { parseAddress, splitSheetRef } from "../cell-address";
import { readSnapshot } from "../read-snapshot";
import type { WorkbookSnapshot } from "../workbook-host";
import type { WorkbookPlan } from "./plan-types";

/**
 * Where each field of a filing sits in the workbook its plan describes – the shared reader's own
 * `cellOf`, run on the plan as if a host had read it, so no address is worked out twice.
 */
export const planCellOf = (plan: WorkbookPlan): CellOf => {
  const snapshot: WorkbookSnapshot = { names: {}, tables: {}, sheets: plan.sheets.map((s) => s.name) };
  for (const name of plan.names) {
    const split = splitSheetRef(name.ref);
    const sheet = plan.sheets.find((s) => s.name === split?.sheet);
    if (!split || !sheet) continue;
    const address = split.address.split(":")[0]!;
    snapshot.names[name.name] = {
      sheet: sheet.name,
      address,
      value: sheet.cells.find((c) => c.address === address)?.value ?? null,
    };
  }
  for (const sheet of plan.sheets)
    for (const table of sheet.tables) {
      const { row, col } = parseAddress(table.start);
      snapshot.tables[table.name] = {
        sheet: sheet.name,
        headerRow: row,
        firstCol: col,
        headers: table.headers,
        rows: table.rows,
        below: [],
      };
    }
  return readSnapshot(snapshot).cellOf;
};
