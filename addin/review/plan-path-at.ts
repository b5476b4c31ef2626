import type { Filing } from "../../shared/filing/filing";
import type { FieldPath } from "../../shared/filing/labels";
import { layoutFor } from "../../shared/layout/layouts";
import { planCellOf } from "../../shared/workbook/plan/plan-cells";
import type { WorkbookPlan } from "../../shared/workbook/plan/plan-types";

/**
 * Every field path of a filing that has a cell: the form's fields, each table row and each table
 * cell (a row too, so a comment can be about a whole budget line).
 */
export const fieldPaths = (filing: Filing, { withRows = false } = {}): FieldPath[] => {
  const layout = layoutFor(filing.kind);
  const paths: FieldPath[] = layout.fields.flatMap((f) => (f.path ? [f.path] : []));
  for (const table of layout.tables) {
    let rows: unknown = filing.data;
    for (const segment of table.path)
      rows = (rows as Record<string | number, unknown> | undefined)?.[segment];
    const count = Array.isArray(rows) ? rows.length : 0;
    for (let i = 0; i < count; i++) {
      if (withRows && table.columns.length > 1) paths.push([...table.path, i]);
      for (const column of table.columns) paths.push([...table.path, i, ...(column.key ? [column.key] : [])]);
    }
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
