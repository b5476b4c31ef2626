import { columnLetter, parseAddress } from "../../shared/workbook/cell-address";
import type { CellPlan } from "../../shared/workbook/plan/plan-types";

/** The look of a cell apart from its value and number format: what one format command can set. */
export interface CellLook {
  style: CellPlan["style"];
  horizontal?: CellPlan["horizontal"];
  vertical: NonNullable<CellPlan["vertical"]>;
  wrap?: boolean;
  unlocked: boolean;
  signatureLine: boolean;
}

export interface FormatRun {
  /** A1 range of cells in one column that look the same, e.g. "A5:A12". */
  range: string;
  look: CellLook;
}

const lookOf = (cell: CellPlan): CellLook => ({
  style: cell.style,
  ...(cell.horizontal && { horizontal: cell.horizontal }),
  vertical: cell.vertical ?? "top",
  ...(cell.wrap !== undefined && { wrap: cell.wrap }),
  unlocked: cell.unlocked === true,
  signatureLine: cell.signatureLine === true,
});

/**
 * Groups a sheet's cells into runs of adjacent rows in one column with the same look, so a table
 * column of 200 rows is one format command instead of 200. Later cells of the plan win over
 * earlier ones at the same address, as when the exceljs writer applies them in order.
 */
export const formatRuns = (cells: readonly CellPlan[]): FormatRun[] => {
  const byAddress = new Map<string, CellPlan>();
  for (const cell of cells) byAddress.set(cell.address, cell);
  const placed = [...byAddress.values()]
    .map((cell) => ({ ...parseAddress(cell.address), look: lookOf(cell) }))
    .sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: FormatRun[] = [];
  let start: (typeof placed)[number] | undefined;
  let end = 0;
  const close = () => {
    if (!start) return;
    const col = columnLetter(start.col);
    runs.push({
      range: start.row === end ? `${col}${end}` : `${col}${start.row}:${col}${end}`,
      look: start.look,
    });
  };
  for (const cell of placed) {
    const same =
      start &&
      cell.col === start.col &&
      cell.row === end + 1 &&
      JSON.stringify(cell.look) === JSON.stringify(start.look);
    if (same) end = cell.row;
    else {
      close();
      start = cell;
      end = cell.row;
    }
  }
  close();
  return runs;
};
