import type { Workbook, Worksheet } from "exceljs";
import type { ProgramParams } from "../filing/program-params";
import { absoluteAddress, sheetRef } from "../layout/defined-names";
import type { CellValue, FieldSpec, SheetSpec, TextSpec } from "../layout/layout-types";
import { formulaFor } from "../layout/layouts";
import { parseAddress } from "./cell-address";
import { addValidation, styleInput, styleResult, validationFor } from "./cell-format";

const TEXT_FONTS: Record<
  TextSpec["style"],
  { bold?: boolean; italic?: boolean; size?: number; color?: { argb: string } }
> = {
  title: { bold: true, size: 14 },
  heading: { bold: true, size: 11 },
  label: {},
  note: { italic: true, size: 9, color: { argb: "FF555555" } },
};

const CHARS_PER_LINE = 1.1; // characters per unit of column width, roughly, for row heights

const lines = (text: string, width: number) =>
  text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / (width * CHARS_PER_LINE))), 0);

/** A new sheet with column widths, print setup (A4, fit to width, repeated header rows) and labels. */
export const addSheet = (workbook: Workbook, spec: SheetSpec): Worksheet => {
  const sheet = workbook.addWorksheet(spec.name, {
    pageSetup: {
      paperSize: 9,
      orientation: spec.landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
      ...(spec.printTitleRows && { printTitlesRow: spec.printTitleRows }),
    },
    headerFooter: { oddFooter: "&L&8&A&R&8Seite &P von &N" },
    ...(spec.printTitleRows && {
      views: [{ state: "frozen", ySplit: parseAddress(`A${spec.printTitleRows.split(":")[0]}`).row }],
    }),
  });
  spec.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  const fullWidth = spec.columnWidths.reduce((a, b) => a + b, 0);
  for (const text of spec.texts) {
    const cell = sheet.getCell(text.address);
    cell.value = text.text;
    cell.font = TEXT_FONTS[text.style];
    // On table sheets long notes run over the empty cells to the right instead of wrapping in column A.
    cell.alignment = { vertical: "top", wrapText: spec.protect };
    const { row } = parseAddress(text.address);
    if (text.style === "label") {
      const height = 15 * lines(text.text, spec.columnWidths[0] ?? 40);
      sheet.getRow(row).height = Math.max(sheet.getRow(row).height ?? 15, height);
    } else if (spec.protect) {
      // Section texts span the form's width; on table sheets they stay in A so no merge meets a table.
      sheet.mergeCells(row, 1, row, spec.columnWidths.length);
      sheet.getRow(row).height = Math.max(text.style === "title" ? 20 : 15, 13 * lines(text.text, fullWidth));
    }
  }
  return sheet;
};

/** Writes the named cells of one form sheet: inputs unlocked, results as formulas with cached values. */
export const writeFields = (
  workbook: Workbook,
  sheet: Worksheet,
  fields: readonly FieldSpec[],
  values: Record<string, CellValue | undefined>,
  params: ProgramParams,
) => {
  for (const field of fields) {
    const cell = sheet.getCell(field.address);
    const value = values[field.name] ?? null;
    const formula = formulaFor(field, params);
    const wrap = field.type === "longText" || field.type === "text";
    if (formula) {
      cell.value = { formula, result: typeof value === "number" ? value : 0 };
      styleResult(cell, field.type);
    } else if (field.cached) {
      cell.value = typeof value === "number" ? value : null;
      styleResult(cell, field.type);
    } else {
      cell.value = value instanceof Object && !(value instanceof Date) ? null : value;
      styleInput(cell, field.type, wrap);
      const validation = validationFor(field.type, {
        ...(field.choices && { choices: field.choices }),
        ...(field.max && { max: field.max }),
      });
      if (validation) addValidation(sheet, field.address, validation);
    }
    if (field.height) {
      const row = sheet.getRow(parseAddress(field.address).row);
      row.height = Math.max(row.height ?? 15, field.height);
    }
    workbook.definedNames.add(sheetRef(sheet.name, absoluteAddress(field.address)), field.name);
  }
};
