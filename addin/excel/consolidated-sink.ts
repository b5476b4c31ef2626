import type { RowPart, WorkbookSink } from "../../shared/consolidate/build-consolidated-workbook";
import {
  COLUMN_NUMBER_FORMATS,
  HEADER_FILL_ARGB,
  columnLetter,
  headerRowOf,
  isFormula,
  type Cell,
  type SheetSpec,
} from "../../shared/consolidate/sheet-model";
import { FONT_NAME } from "../../shared/workbook/plan/styles";
import { SheetExistsError } from "./apply-workbook-plan";
import { OPTIONAL_FEATURES, excelApiSupported } from "./excel-api";
import { officeText } from "./office-text";
import { CHARTS_EXCEL_API, queueCharts } from "./write-consolidated-charts";

type Scalar = string | number | boolean;

/** Layout widths are characters of the default font; Excel takes points. */
const points = (chars: number) => Math.round((chars * 7 + 5) * 0.75);

const officeCell = (cell: Cell | undefined): Scalar => {
  if (cell === null || cell === undefined) return "";
  if (isFormula(cell)) return `=${cell.formula}`;
  if (typeof cell === "string") return officeText(cell);
  return cell;
};

/** One `Excel.run`, events off while it writes (the live check must not fire per chunk). */
const run = <T>(write: (context: Excel.RequestContext) => Promise<T>, supported: (v: string) => boolean) =>
  Excel.run(async (context) => {
    const modern = supported(OPTIONAL_FEATURES.calculatedEvents.version);
    if (modern) context.runtime.enableEvents = false;
    try {
      const result = await write(context);
      if (modern) context.runtime.enableEvents = true;
      await context.sync();
      return result;
    } catch (err) {
      if (modern) {
        context.runtime.enableEvents = true;
        await context.sync().catch(() => undefined);
      }
      throw err;
    }
  });

/**
 * The task pane's side of the consolidated workbook (shared/consolidate): the sheets written into the
 * open workbook. Every chunk the builder hands over is one `Excel.run` with one round trip, so no
 * request nears Office's 5 MB limit (the builder keeps chunks near `maxChunkBytes`) and progress
 * shows between them. Texts stay text, formulas are the builder's own. The evaluation sheets'
 * charts go in with the sheet's last batch (write-consolidated-charts.ts); an Excel without the
 * charts API gets the figures and a note that the .xlsx has the charts.
 */
export const officeConsolidatedSink = (
  supported: (version: string) => boolean = excelApiSupported,
): WorkbookSink & { sheetNames(): string[]; charts(): { added: number; missing: number } } => {
  const names: string[] = [];
  const charts = { added: 0, missing: 0 };
  return {
    sheetNames: () => [...names],
    charts: () => ({ ...charts }),
    declareSheets: async (specs) => {
      await Excel.run(async (context) => {
        const existing = context.workbook.worksheets.load("items/name");
        await context.sync();
        const taken = new Set(existing.items.map((s) => s.name.toLowerCase()));
        const clash = specs.find((s) => taken.has(s.name.toLowerCase()));
        if (clash) throw new SheetExistsError(clash.name);
      });
      await run(async (context) => {
        for (const spec of specs) {
          const sheet = context.workbook.worksheets.add(spec.name);
          spec.columns.forEach(
            (c, i) => (sheet.getRange(`${columnLetter(i + 1)}1`).format.columnWidth = points(c.width)),
          );
          names.push(spec.name);
        }
      }, supported);
    },
    writeRows: (spec, first, rows, part) =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(spec.name);
        writeBlock(sheet, spec, first, rows, part);
      }, supported),
    finishSheet: (spec, { headerRow, charts: placed }) =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(spec.name);
        sheet.freezePanes.freezeRows(headerRow);
        if (!placed.length) return;
        if (supported(CHARTS_EXCEL_API)) charts.added += queueCharts(sheet, placed);
        else charts.missing += placed.length;
      }, supported),
  };
};

/** Formats first (text columns as text), then the cells; header and totals rows bold. */
const writeBlock = (
  sheet: Excel.Worksheet,
  spec: SheetSpec<never>,
  first: number,
  rows: readonly Cell[][],
  part: RowPart,
) => {
  const width = spec.columns.length;
  const headerRow = headerRowOf(spec);
  const last = first + rows.length - 1;
  const range = sheet.getRange(`A${first}:${columnLetter(width)}${last}`);
  range.numberFormat = rows.map((_, i) =>
    spec.columns.map((c) => (first + i <= headerRow ? "@" : COLUMN_NUMBER_FORMATS[c.type])),
  );
  range.formulas = rows.map((cells) => spec.columns.map((_, c) => officeCell(cells[c])));
  range.format.font.name = FONT_NAME;
  range.format.font.size = 10;
  range.format.verticalAlignment = "Top";
  if (part === "lead") {
    sheet.getRange("A1").format.font.bold = true;
    sheet.getRange("A1").format.font.size = 12;
    const header = sheet.getRange(`A${headerRow}:${columnLetter(width)}${headerRow}`);
    header.format.font.bold = true;
    header.format.fill.color = `#${HEADER_FILL_ARGB.slice(-6)}`;
    header.format.wrapText = true;
  }
  if (part === "totals") range.format.font.bold = true;
};
