import { columnLetter, parseAddress, toAddress } from "../../shared/workbook/cell-address";
import { CHUNK_CELLS, planBands } from "./plan-bands";
import type { WorkbookPlan } from "../../shared/workbook/plan/plan-types";
import { BOX_COLOR, FONT_NAME, STYLES } from "../../shared/workbook/plan/styles";
import { OPTIONAL_FEATURES, excelApiSupported } from "./excel-api";
import { formatRuns, type CellLook } from "./format-runs";
import { officeValidation } from "./office-validation";
import { writePrintSetup } from "./write-print-setup";

export { CHUNK_CELLS } from "./plan-bands";

const color = (argb: string) => `#${argb.slice(-6)}`;

export class SheetExistsError extends Error {
  constructor(readonly sheet: string) {
    super(
      `Die Arbeitsmappe hat schon ein Blatt „${sheet}“. Bitte eine neue, leere Arbeitsmappe öffnen (Datei → Neu) und dort einfügen.`,
    );
  }
}

const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;

const applyLook = (range: Excel.Range, look: CellLook, multi: boolean) => {
  const style = STYLES[look.style];
  const { font, format } = { font: range.format.font, format: range.format };
  font.name = FONT_NAME;
  font.size = style.font.size;
  font.bold = style.font.bold === true;
  font.italic = style.font.italic === true;
  if (style.font.color) font.color = color(style.font.color);
  if (style.fill) format.fill.color = color(style.fill);
  if (style.box)
    for (const edge of EDGES.slice(0, multi ? 6 : 4)) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = color(BOX_COLOR);
    }
  if (look.signatureLine) format.borders.getItem("EdgeBottom").style = "Continuous";
  if (look.horizontal) format.horizontalAlignment = look.horizontal === "right" ? "Right" : "Left";
  format.verticalAlignment = look.vertical === "bottom" ? "Bottom" : "Top";
  if (look.wrap !== undefined) format.wrapText = look.wrap;
  if (look.unlocked) format.protection.locked = false;
};

/** Layout widths are characters of the default font; Excel takes points. */
const points = (chars: number) => Math.round((chars * 7 + 5) * 0.75);

export interface ApplyOptions {
  onProgress?: (done: number, total: number) => void;
  supported?: (version: string) => boolean;
}

/**
 * Writes a workbook plan (shared/workbook/plan) into the open workbook as new sheets – the same
 * cells, formats, tables, names, validation, print setup and protection the exceljs writer puts into
 * a file. One `Excel.run`: a round trip to see which sheets exist (nothing is overwritten), one for
 * everything else; only a write bigger than CHUNK_CELLS takes more, each reporting progress. Events
 * stay off while it writes, so the live check does not run on every block.
 */
export const applyWorkbookPlan = (
  plan: WorkbookPlan,
  { onProgress, supported = excelApiSupported }: ApplyOptions = {},
) =>
  Excel.run(async (context) => {
    const { workbook } = context;
    const existing = workbook.worksheets.load("items/name");
    await context.sync();
    const taken = new Set(existing.items.map((s) => s.name.toLowerCase()));
    const clash = plan.sheets.find((s) => taken.has(s.name.toLowerCase()));
    if (clash) throw new SheetExistsError(clash.name);

    const modern = supported(OPTIONAL_FEATURES.calculatedEvents.version); // 1.8: events off, validation
    if (modern) context.runtime.enableEvents = false;
    const parts = plan.sheets.map((sheet) => ({ sheet, bands: planBands(sheet) }));
    const total = parts.reduce((n, p) => n + p.bands.length, 0);
    let done = 0;
    let queued = 0;
    try {
      for (const { sheet, bands: sheetBands } of parts) {
        const ws = workbook.worksheets.add(sheet.name);
        for (const band of sheetBands) {
          const range = ws.getRange(band.address);
          range.values = band.values;
          range.numberFormat = band.formats;
          queued += band.values.length * (band.values[0]?.length ?? 0);
          done += 1;
          if (queued >= CHUNK_CELLS && done < total) {
            await context.sync();
            queued = 0;
            onProgress?.(done, total);
          }
        }
        for (const run of formatRuns(sheet.cells))
          applyLook(ws.getRange(run.range), run.look, run.range.includes(":"));
        for (const merge of sheet.merges) ws.getRange(merge).merge(false);
        sheet.columnWidths.forEach(
          (w, i) => (ws.getRange(`${columnLetter(i + 1)}1`).format.columnWidth = points(w)),
        );
        for (const [row, height] of Object.entries(sheet.rowHeights))
          ws.getRange(`A${row}`).format.rowHeight = height;
        if (sheet.frozenRows) ws.freezePanes.freezeRows(sheet.frozenRows);
        for (const table of sheet.tables) {
          const start = parseAddress(table.start);
          const end = toAddress({
            row: start.row + table.rows.length,
            col: start.col + table.headers.length - 1,
          });
          const t = workbook.tables.add(`'${sheet.name.replace(/'/g, "''")}'!${table.start}:${end}`, true);
          t.name = table.name;
          t.style = "TableStyleLight9";
        }
      }
      for (const name of plan.names) workbook.names.add(name.name, `=${name.ref}`);
      // Hundreds of formulas: Excel calculates once, when this last batch is synced (ExcelApi 1.6).
      context.application.suspendApiCalculationUntilNextSync();
      for (const sheet of plan.sheets) {
        const ws = workbook.worksheets.getItem(sheet.name);
        for (const cell of sheet.cells.filter((c) => c.formula)) {
          const range = ws.getRange(cell.address);
          range.formulas = [[`=${cell.formula}`]];
          // After the formula: in a cell already formatted as text ("@") Excel keeps it as text.
          if (cell.numberFormat) range.numberFormat = [[cell.numberFormat]];
        }
        if (modern)
          for (const { range, rule } of sheet.validations) {
            const { rule: r, ignoreBlanks, errorAlert } = officeValidation(rule);
            const validation = ws.getRange(range).dataValidation;
            validation.ignoreBlanks = ignoreBlanks;
            validation.rule = r;
            validation.errorAlert = errorAlert;
          }
        writePrintSetup(ws, sheet, supported);
        if (sheet.protect)
          ws.protection.protect({ allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true });
        if (sheet.hidden) ws.visibility = "Hidden";
      }
      const first = plan.sheets.find((s) => !s.hidden);
      if (first) workbook.worksheets.getItem(first.name).activate();
      if (modern) context.runtime.enableEvents = true;
      await context.sync();
      onProgress?.(total, total);
    } catch (err) {
      // A failed batch must not leave the user's Excel without events.
      if (modern) {
        context.runtime.enableEvents = true;
        await context.sync().catch(() => undefined);
      }
      throw err;
    }
  });
