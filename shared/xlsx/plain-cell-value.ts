import type { Cell, CellValue as ExcelValue } from "exceljs";
import type { CellValue } from "../layout/layout-types";

const plain = (value: ExcelValue | undefined): CellValue => {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value !== "object") return null;
  if ("error" in value) return { error: String(value.error) };
  if ("formula" in value || "sharedFormula" in value) return plain((value as { result?: ExcelValue }).result);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("text" in value) {
    const text = (value as { text: unknown }).text;
    return typeof text === "string" ? text : plain(text as ExcelValue);
  }
  return null;
};

/**
 * What a cell shows, as plain data: formulas become their cached result, rich text its text,
 * hyperlinks their text, error values `{ error }`. A formula never calculated reads as empty.
 */
export const plainCellValue = (cell: Cell): CellValue => {
  // `cell.value` drops a formula result of 0 (exceljs copies only truthy parts); `cell.result` keeps it.
  if (
    cell.formula ||
    (cell.value !== null && typeof cell.value === "object" && "sharedFormula" in cell.value)
  )
    return plain(cell.result as ExcelValue | undefined);
  return plain(cell.value);
};
