import type { Font, Workbook, Worksheet } from "exceljs";
import type { ProgramParams } from "../programme/program-params";
import { absoluteAddress, sheetRef } from "../layout/defined-names";
import type { CellValue, FieldSpec, SheetSpec, TextSpec } from "../layout/layout-types";
import { formulaFor } from "../layout/layouts";
import { parseAddress } from "../workbook/cell-address";
import { LINE_HEIGHT, textLines } from "./text-lines";
import {
  FONT_NAME,
  addValidation,
  font,
  styleInput,
  styleLocked,
  styleResult,
  validationForField,
  writableValue,
} from "./cell-format";

const TEXT_FONTS: Record<TextSpec["style"], Partial<Font>> = {
  title: font({ bold: true, size: 14 }),
  heading: font({ bold: true, size: 11 }),
  label: font(),
  note: font({ italic: true, size: 9, color: { argb: "FF555555" } }),
  signature: font(),
};

const SIGNATURE_HEIGHT = 72; // points: room for a hand signature and a stamp

/** Header/footer text is markup: `&` starts a code, so a Träger "Müller & Söhne" needs `&&`. */
const headerText = (text: string) => text.replace(/&/g, "&&");
const HF = `&"${FONT_NAME},Regular"&8`;

/**
 * A new sheet with column widths, print setup (A4, fit to width, repeated header rows) and labels.
 * Every printed page names the filing (`identity`: kind, year, Träger, Stadtteil) and its page.
 */
export const addSheet = (workbook: Workbook, spec: SheetSpec, identity: string): Worksheet => {
  const sheet = workbook.addWorksheet(spec.name, {
    pageSetup: {
      paperSize: 9,
      orientation: spec.landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
      ...(spec.printTitleRows && { printTitlesRow: spec.printTitleRows }),
    },
    headerFooter: {
      oddHeader: `&R${HF}&A`,
      oddFooter: `&L${HF}${headerText(identity)}&R${HF}Seite &P von &N`,
    },
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
    const { row, col } = parseAddress(text.address);
    if (text.newPage && row > 1) sheet.getRow(row - 1).addPageBreak();
    const grow = (height: number) =>
      (sheet.getRow(row).height = Math.max(sheet.getRow(row).height ?? 15, height));
    if (text.style === "signature") {
      cell.alignment = { vertical: "bottom" };
      grow(SIGNATURE_HEIGHT);
      // The line to sign on runs under the value columns, where the typed name and date stand.
      for (let c = col + 1; c <= spec.columnWidths.length; c++)
        sheet.getCell(row, c).border = { bottom: { style: "thin", color: { argb: "FF000000" } } };
    } else if (text.style === "label" || text.caption) {
      grow(15 * textLines(text.text, spec.columnWidths[0] ?? 40) + (text.style === "heading" ? 2 : 0));
    } else if (spec.protect) {
      // Section texts span the form's width; on table sheets they stay in A so no merge meets a table.
      sheet.mergeCells(row, 1, row, spec.columnWidths.length);
      grow(Math.max(text.style === "title" ? 20 : 15, LINE_HEIGHT * textLines(text.text, fullWidth)));
    }
  }
  return sheet;
};

/** Repeats named results as `=name` (e.g. the Personal total above its table), caption to the left. */
export const writeEchoes = (
  sheet: Worksheet,
  spec: SheetSpec,
  values: Record<string, CellValue | undefined>,
) => {
  for (const echo of spec.echoes ?? []) {
    const cell = sheet.getCell(echo.address);
    const value = values[echo.name];
    cell.value = { formula: echo.name, result: typeof value === "number" ? value : 0 };
    styleResult(cell, echo.type);
    const { row, col } = parseAddress(echo.address);
    const caption = sheet.getCell(row, col - 1);
    caption.value = echo.caption;
    caption.font = font({ bold: true });
    // Right-aligned, a caption longer than its cell runs left over the empty cells beside the note.
    caption.alignment = { vertical: "top", horizontal: "right" };
  }
};

/**
 * Writes the named cells of one form sheet: inputs unlocked, results as formulas with cached values,
 * the city's Prüfung locked as plain values.
 */
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
    } else if (field.pruefung) {
      cell.value = writableValue(value);
      styleLocked(cell, field.type);
    } else if (field.cached) {
      cell.value = typeof value === "number" ? value : null;
      styleResult(cell, field.type);
    } else {
      cell.value = writableValue(value);
      styleInput(cell, field.type, wrap, true);
      const validation = validationForField(field);
      if (validation) addValidation(sheet, field.address, validation);
    }
    if (field.height) {
      const row = sheet.getRow(parseAddress(field.address).row);
      row.height = Math.max(row.height ?? 15, field.height);
    }
    workbook.definedNames.add(sheetRef(sheet.name, absoluteAddress(field.address)), field.name);
  }
};
