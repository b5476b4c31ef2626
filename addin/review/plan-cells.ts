import type { Filing } from "../../shared/filing/filing";
import type { FieldPath } from "../../shared/filing/labels";
import { layoutFor } from "../../shared/layout/layouts";
import { splitSheetRef } from "../../shared/workbook/cell-address";
import { parseAddress } from "../../shared/workbook/cell-address";
import type { CellOf } from "../../shared/workbook/cell-locator";
import type { WorkbookPlan } from "../../shared/workbook/plan/plan-types";
import { readSnapshot } from "../../shared/workbook/read-snapshot";
import type { WorkbookSnapshot } from "../../shared/workbook/workbook-host";

/**
 * Where each field of a filing sits in the workbook its plan describes – the shared reader's own
 * `cellOf`, run on the plan as if a host had read it, so no address is worked out here.
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

/** Every field path of a filing that has a cell: the form's fields and each table cell. */
const fieldPaths = (filing: Filing): FieldPath[] => {
  const layout = layoutFor(filing.kind);
  const paths: FieldPath[] = layout.fields.flatMap((f) => (f.path ? [f.path] : []));
  for (const table of layout.tables) {
    let rows: unknown = filing.data;
    for (const segment of table.path)
      rows = (rows as Record<string | number, unknown> | undefined)?.[segment];
    const count = Array.isArray(rows) ? rows.length : 0;
    for (let i = 0; i < count; i++)
      for (const column of table.columns) paths.push([...table.path, i, ...(column.key ? [column.key] : [])]);
  }
  return paths;
};

/**
 * The field at a cell of a filing's workbook, e.g. "'Personal'!E6" → personal.zeilen[1].stellenanteil:
 * the reverse of `planCellOf`, for a comment the reviewer places at a cell.
 */
export const planPathAt = (plan: WorkbookPlan, filing: Filing): ((cell: string) => FieldPath | undefined) => {
  const cellOf = planCellOf(plan);
  const byCell = new Map<string, FieldPath>();
  for (const path of fieldPaths(filing)) {
    const cell = cellOf(path);
    if (cell && !cell.includes(":")) byCell.set(cell.replace(/\$/g, ""), path);
  }
  return (cell) => byCell.get(cell.replace(/\$/g, ""));
};
