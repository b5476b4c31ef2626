import type ExcelJS from "exceljs";
import type { Borders, Cell, DataValidation, Fill, Font, Worksheet } from "exceljs";
import { parseAddress } from "../workbook/cell-address";
import type { CellPlan, SheetPlan, WorkbookPlan } from "../workbook/plan/plan-types";
import { BOX_COLOR, FONT_NAME, STYLES } from "../workbook/plan/styles";

const fill = (argb: string): Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
const thin = { style: "thin" as const, color: { argb: BOX_COLOR } };
const BOX: Partial<Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const SIGN_LINE: Partial<Borders> = { bottom: { style: "thin", color: { argb: "FF000000" } } };

/** What a protected form sheet still allows without a password. */
const PROTECTION = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatCells: true,
  formatColumns: true,
  formatRows: true,
};

const fontOf = (key: CellPlan["style"]): Partial<Font> => {
  const { size, bold, italic, color } = STYLES[key].font;
  return {
    name: FONT_NAME,
    size,
    ...(bold && { bold }),
    ...(italic && { italic }),
    ...(color && { color: { argb: color } }),
  };
};

const applyCell = (cell: Cell, plan: CellPlan) => {
  const style = STYLES[plan.style];
  cell.value = plan.formula
    ? { formula: plan.formula, result: plan.value as number }
    : (plan.value as ExcelJS.CellValue);
  cell.font = fontOf(plan.style);
  if (style.fill) cell.fill = fill(style.fill);
  if (style.box) cell.border = BOX;
  if (plan.signatureLine) cell.border = SIGN_LINE;
  if (plan.numberFormat) cell.numFmt = plan.numberFormat;
  cell.alignment = {
    vertical: plan.vertical ?? "top",
    ...(plan.horizontal && { horizontal: plan.horizontal }),
    ...(plan.wrap !== undefined && { wrapText: plan.wrap }),
  };
  cell.protection = { locked: !plan.unlocked };
};

/** exceljs supports range validations but its typings miss `dataValidations`. */
const addValidation = (sheet: Worksheet, range: string, validation: DataValidation) =>
  (
    sheet as unknown as { dataValidations: { add: (range: string, v: DataValidation) => void } }
  ).dataValidations.add(range, validation);

const applySheet = async (workbook: ExcelJS.Workbook, plan: SheetPlan) => {
  const sheet = workbook.addWorksheet(plan.name, {
    ...(plan.hidden && { state: "hidden" }),
    pageSetup: {
      paperSize: 9,
      orientation: plan.print.landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
      ...(plan.print.titleRows && { printTitlesRow: plan.print.titleRows }),
      // exceljs prefixes each corner with `$` (column only): "A$2" makes the reference absolute,
      // which LibreOffice needs to honour it.
      ...(plan.print.area && { printArea: plan.print.area.replace(/([A-Z]+)(\d+)/g, "$1$$$2") }),
    },
    headerFooter: { oddHeader: plan.print.header, oddFooter: plan.print.footer },
    ...(plan.frozenRows && { views: [{ state: "frozen", ySplit: plan.frozenRows }] }),
  });
  plan.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  for (const table of plan.tables)
    sheet.addTable({
      name: table.name,
      displayName: table.name,
      ref: table.start,
      headerRow: true,
      totalsRow: false,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: table.headers.map((name) => ({ name, filterButton: true })),
      rows: table.rows as ExcelJS.CellValue[][],
    });
  for (const cell of plan.cells) applyCell(sheet.getCell(cell.address), cell);
  for (const range of plan.merges) {
    const [from = "", to = ""] = range.split(":");
    const a = parseAddress(from);
    const b = parseAddress(to);
    sheet.mergeCells(a.row, a.col, b.row, b.col);
  }
  for (const [row, height] of Object.entries(plan.rowHeights)) sheet.getRow(Number(row)).height = height;
  for (const row of plan.print.breaksAfter) sheet.getRow(row).addPageBreak();
  for (const { range, rule } of plan.validations)
    addValidation(sheet, range, { ...rule, showErrorMessage: true } as unknown as DataValidation);
  for (const note of plan.notes ?? []) sheet.getCell(note.address).note = note.text;
  if (plan.protect) await sheet.protect("", PROTECTION);
};

/** Writes a workbook plan with exceljs; names follow the sheets they point into. */
export const applyPlan = async (plan: WorkbookPlan, workbook: ExcelJS.Workbook): Promise<void> => {
  for (const sheet of plan.sheets) await applySheet(workbook, sheet);
  for (const name of plan.names) workbook.definedNames.add(name.ref, name.name);
};
