import type { SheetSpec } from "../../layout/layout-types";
import type { ProgramParams } from "../../programme/program-params";
import { renderText } from "../../programme/render-text";
import { columnLetter, parseAddress } from "../cell-address";
import type { SheetPlan } from "./plan-types";
import { LINE_HEIGHT, textLines } from "./styles";

/** What these helpers read of a form sheet's input (see `FormSheetInput`). */
interface SheetInput {
  spec: SheetSpec;
  params: ProgramParams;
  tables: readonly unknown[];
}

/** Excel's (and LibreOffice's) highest row; a row never splits across pages. */
export const MAX_ROW_HEIGHT = 409;
/** Points of an unused row kept for a long text: not 0, which Excel and LibreOffice take for hidden. */
export const RESERVED_ROW_HEIGHT = 1;

/**
 * A text taller than one row can be, over `rows` merged rows, its caption merged beside it: the
 * height it needs is shared out, so no row passes 409 pt and LibreOffice continues the text on the
 * next page at a row's edge.
 */
export const spanRows = (
  input: Pick<SheetInput, "spec" | "params">,
  sheet: SheetPlan,
  address: string,
  rows: number,
  needed: number,
) => {
  const { row, col } = parseAddress(address);
  const last = row + rows - 1;
  const caption = input.spec.texts.find((t) => t.caption && t.address === `${columnLetter(col - 1)}${row}`);
  const captionHeight = caption
    ? LINE_HEIGHT *
        textLines(renderText(caption.text, input.params), input.spec.columnWidths[col - 2] ?? 40) +
      4
    : 0;
  const total = Math.max(needed, captionHeight, sheet.rowHeights[row] ?? 15);
  const each = Math.min(MAX_ROW_HEIGHT, Math.max(1, Math.ceil(total / rows)));
  for (let r = row; r <= last; r++) sheet.rowHeights[r] = each;
  sheet.merges.push(`${address}:${columnLetter(col)}${last}`);
  if (caption) sheet.merges.push(`${caption.address}:${columnLetter(col - 1)}${last}`);
};

/** Rows past a table's end that still print: room for rows a user adds in Excel below the table. */
const GROWTH_ROWS = 50;

/**
 * What prints: from the first row that is not screen-only (legend, how to add rows) to the sheet's
 * end, on a table's sheet some rows further (LibreOffice leaves trailing empty rows out). Not to
 * the column's end: exceljs expands a defined name cell by cell, and the upload guard refuses that.
 */
export const printArea = (input: SheetInput, sheet: SheetPlan): string => {
  const screenOnly = new Set(
    input.spec.texts.filter((t) => t.screenOnly).map((t) => parseAddress(t.address).row),
  );
  const rows = sheet.cells.map((c) => parseAddress(c.address).row).filter((r) => !screenOnly.has(r));
  const first = Math.min(...rows);
  const end = Math.max(...rows, ...Object.keys(sheet.rowHeights).map(Number));
  const last = input.tables.length > 0 ? end + GROWTH_ROWS : end;
  return `A${first}:${columnLetter(sheet.columnWidths.length)}${last}`;
};
