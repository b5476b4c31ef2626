import ExcelJS, { type Worksheet } from "exceljs";
import type { PlacedChart } from "../consolidate/chart-spec";
import {
  buildConsolidatedWorkbook,
  type BuildOptions,
  type WorkbookSink,
} from "../consolidate/build-consolidated-workbook";
import type { ConsolidationSource } from "../consolidate/consolidation-source";
import {
  COLUMN_NUMBER_FORMATS,
  HEADER_FILL_ARGB,
  headerRowOf,
  isFormula,
  type Cell,
  type SheetSpec,
} from "../consolidate/sheet-model";
import { REL_TYPE, relationshipsXml } from "./charts/chart-xml";
import { injectCharts, type SheetCharts } from "./charts/inject-charts";
import { FONT_NAME, LINE_HEIGHT, textLines } from "../workbook/plan/styles";

const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL_ARGB } } as const;
const MAX_ROW_HEIGHT = 300;
const font = (style: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({
  name: FONT_NAME,
  size: 10,
  ...style,
});

/** exceljs writes a string as a string – text, never a formula; `{ formula }` objects are formulas. */
const toValue = (cell: Cell): ExcelJS.CellValue =>
  cell !== null && typeof cell === "object" ? { formula: cell.formula, result: cell.result } : cell;

type Style = Partial<ExcelJS.Style>;
type Variant = "title" | "subtitle" | "header" | "data" | "totals" | "link";

/**
 * Every style a cell of the sheet can have, one object per column and variant, made once. exceljs'
 * streaming writer caches a style's id by object identity (a WeakMap): a new object per cell missed
 * that cache and serialised the style again for every cell (40 % of the time at 5,000 filings).
 * The objects are what exceljs built per cell before – the column's style with the cell's changes
 * on top – so styles.xml and the sheets stay byte-identical. Never mutate them (no `cell.font = …`).
 */
const columnStyles = (spec: SheetSpec<never>): ((column: number, variant: Variant) => Style) => {
  const base = spec.columns.map((c): Style => ({
    numFmt: COLUMN_NUMBER_FORMATS[c.type],
    font: font(),
    alignment: { vertical: "top", wrapText: c.type === "longText" },
  }));
  const variants = (col: Style): Record<Variant, Style> => ({
    title: { ...col, font: font({ bold: true, size: 12 }), numFmt: "@" },
    subtitle: { ...col, font: font({ italic: true, size: 9 }), numFmt: "@" },
    header: {
      ...col,
      font: font({ bold: true }),
      fill: HEADER_FILL,
      numFmt: "@",
      alignment: { wrapText: true, vertical: "bottom" },
    },
    data: col,
    totals: { ...col, font: font({ bold: true }) },
    link: { ...col, font: font({ color: { argb: "FF0563C1" }, underline: true }) },
  });
  const perColumn = base.map(variants);
  const outside = variants({});
  return (column, variant) => (perColumn[column] ?? outside)[variant];
};

/** Which of a column's styles a cell gets; past the last column a data cell keeps the plain one. */
const variantOf = (row: number, headerRow: number, part: string, link: boolean | undefined): Variant => {
  if (row < headerRow) return row === 1 ? "title" : "subtitle";
  if (row === headerRow) return "header";
  if (link === undefined) return "data";
  if (part === "totals") return "totals";
  return link ? "link" : "data";
};

/** What of exceljs' streaming WorksheetWriter `linkDrawing` uses (not in its published types). */
interface WorksheetWriterInternals {
  _sheetRelsWriter: { count: number; stream: { write(xml: string): void } };
  _writeRowBreaks(): void;
  stream: { write(xml: string): void };
}

/**
 * Lets exceljs stream the sheet's `<drawing r:id>` (after the row breaks, where CT_Worksheet wants
 * it) and its relationship with the sheet, so adding the charts afterwards only adds small parts:
 * injecting them into the finished zip inflated and deflated the whole evaluation sheets again (a
 * fifth of the time at 2,000 filings). Written as injectCharts wrote them (same id, same rels
 * text), so the parts stay byte-identical. Call before `sheet.commit()`, once every row is written.
 */
const linkDrawing = (sheet: Worksheet, drawingNo: number) => {
  const writer = sheet as unknown as WorksheetWriterInternals;
  const rels = writer._sheetRelsWriter;
  const relId = `rIdChartDrawing${drawingNo}`;
  // exceljs opens the rels part with its first relationship and closes it on commit when count > 0.
  if (rels.count === 0) rels.stream.write(relationshipsXml([]).replace("</Relationships>", ""));
  rels.count += 1;
  rels.stream.write(
    `<Relationship Id="${relId}" Type="${REL_TYPE.drawing}" Target="../drawings/drawing${drawingNo}.xml"/>`,
  );
  const writeRowBreaks = writer._writeRowBreaks.bind(writer);
  writer._writeRowBreaks = () => {
    writeRowBreaks();
    writer.stream.write(`<drawing r:id="${relId}"/>`);
  };
};

/**
 * The exceljs side of the consolidated workbook: a streaming WorkbookWriter, so rows go to the zip
 * as they come and only the compressed file grows; afterwards native charts are added to the zip
 * (exceljs has no charts). Returns the .xlsx bytes.
 */
export const writeConsolidatedWorkbook = async (
  source: ConsolidationSource,
  options: BuildOptions = {},
): Promise<Uint8Array> => {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ useStyles: true, useSharedStrings: false });
  writer.creator = "Förderbericht";
  const sheets = new Map<string, Worksheet>();
  const styles = new Map<string, ReturnType<typeof columnStyles>>();
  const charts: SheetCharts[] = [];
  const sink: WorkbookSink = {
    declareSheets: async (specs) => {
      for (const spec of specs) {
        const headerRow = headerRowOf(spec);
        const sheet = writer.addWorksheet(spec.name, {
          views: [{ state: "frozen", ySplit: headerRow, xSplit: 0 }],
          pageSetup: {
            paperSize: 9,
            orientation: "landscape",
            fitToPage: true,
            fitToWidth: 1,
            fitToHeight: 0,
          },
          headerFooter: { oddFooter: `&L&8${spec.title.replace(/&/g, "&&")}&R&8Seite &P von &N` },
        });
        const style = columnStyles(spec);
        styles.set(spec.name, style);
        sheet.columns = spec.columns.map((c, i) => ({ key: c.key, width: c.width, style: style(i, "data") }));
        sheets.set(spec.name, sheet);
      }
    },
    writeRows: async (spec, first, rows, part) => {
      const sheet = sheets.get(spec.name)!;
      const style = styles.get(spec.name)!;
      const headerRow = headerRowOf(spec);
      rows.forEach((cells, i) => {
        const number = first + i;
        const row = sheet.getRow(number);
        let lines = 1;
        cells.forEach((cell, c) => {
          const column = spec.columns[c];
          const target = row.getCell(c + 1);
          target.value = toValue(cell);
          const link = column && column.type === "link" && isFormula(cell);
          target.style = style(c, variantOf(number, headerRow, part, link));
          if (column?.type === "longText" && typeof cell === "string" && number > headerRow)
            lines = Math.max(lines, textLines(cell, column.width));
        });
        if (number === headerRow) row.height = 32;
        else if (lines > 1) row.height = Math.min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines + 2);
        row.commit();
      });
    },
    finishSheet: async (spec, { headerRow, lastRow, charts: placed }) => {
      const sheet = sheets.get(spec.name)!;
      if (lastRow >= headerRow) {
        sheet.autoFilter = {
          from: { row: headerRow, column: 1 },
          to: { row: Math.max(lastRow, headerRow), column: spec.columns.length },
        };
      }
      if (placed.length) {
        linkDrawing(sheet, charts.length + 1);
        charts.push({
          sheetPath: `xl/worksheets/sheet${sheet.id}.xml`,
          charts: placed as PlacedChart[],
          linked: true,
        });
      }
      sheet.commit();
    },
  };
  await buildConsolidatedWorkbook(source, sink, options);
  await writer.commit();
  // Without a target stream the writer collects the zip in its own buffer (exceljs' StreamBuf).
  const bytes = (writer as unknown as { stream: { read: () => Uint8Array } }).stream.read();
  return injectCharts(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), charts);
};

export type { SheetSpec };
