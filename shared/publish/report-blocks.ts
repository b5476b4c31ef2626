import type { CellPlan, SheetPlan, StyleKey } from "../workbook/plan/plan-types";
import { LINE_HEIGHT, textLines } from "../workbook/plan/styles";

/**
 * A printed report as blocks (headings, label–value fields, paragraphs, tables) laid out on a sheet
 * of five columns. The publication PDF renders the blocks directly (functions/render); layoutReport
 * turns them into a sheet, see jahresberichtReportPlan. Every value is text.
 */
export type Block =
  | { kind: "title"; text: string }
  | { kind: "subtitle"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "note"; text: string }
  | { kind: "paragraph"; text: string }
  /** A guiding text of the form: its intro, then each question or item on a line of its own. */
  | { kind: "prompt"; intro: string; items: readonly string[] }
  | { kind: "fields"; rows: [string, string][] }
  | { kind: "table"; headers: string[]; spans: number[]; rows: string[][] };

export const REPORT_COLUMNS = [24, 22, 22, 14, 22];
const WIDTH = REPORT_COLUMNS.reduce((a, b) => a + b, 0);
const LAST = "E";
const LETTERS = ["A", "B", "C", "D", "E"];

const widthOf = (from: number, span: number) =>
  REPORT_COLUMNS.slice(from, from + span).reduce((a, b) => a + b, 0);

export const layoutReport = (
  name: string,
  blocks: readonly Block[],
  print: { header: string; footer: string },
): SheetPlan => {
  const cells: CellPlan[] = [];
  const merges: string[] = [];
  const rowHeights: Record<number, number> = {};
  let row = 1;
  const put = (col: number, span: number, value: string, style: StyleKey, wrap = true) => {
    cells.push({ address: `${LETTERS[col]}${row}`, value, style, wrap, numberFormat: "@" });
    if (span > 1) merges.push(`${LETTERS[col]}${row}:${LETTERS[col + span - 1]}${row}`);
    return textLines(value || " ", widthOf(col, span));
  };
  const height = (lines: number, min = 15) => (rowHeights[row] = Math.max(min, LINE_HEIGHT * lines + 3));
  for (const block of blocks) {
    switch (block.kind) {
      case "title":
      case "subtitle":
        cells.push({
          address: `A${row}`,
          value: block.text,
          style: block.kind === "title" ? "title" : "heading",
        });
        merges.push(`A${row}:${LAST}${row}`);
        rowHeights[row] = block.kind === "title" ? 22 : 17;
        row += 1;
        break;
      case "heading":
        row += 1;
        cells.push({ address: `A${row}`, value: block.text, style: "heading" });
        rowHeights[row] = 18;
        row += 1;
        break;
      case "note":
      case "paragraph":
        height(put(0, 5, block.text, block.kind === "note" ? "note" : "plain"));
        row += 1;
        break;
      case "prompt":
        height(put(0, 5, [block.intro, ...block.items.map((i) => `– ${i}`)].join("\n"), "plain"));
        row += 1;
        break;
      case "fields":
        for (const [label, value] of block.rows) {
          const lines = Math.max(put(0, 1, label, "tableHeader"), put(1, 4, value, "plain"));
          height(lines);
          row += 1;
        }
        break;
      case "table": {
        const line = (values: string[], style: StyleKey) => {
          let col = 0;
          let lines = 1;
          values.forEach((v, i) => {
            const span = block.spans[i] ?? 1;
            lines = Math.max(lines, put(col, span, v, style));
            col += span;
          });
          height(lines);
          row += 1;
        };
        line(block.headers, "tableHeader");
        if (block.rows.length === 0) {
          height(put(0, 5, "(keine Angaben)", "note"));
          row += 1;
        }
        for (const r of block.rows) line(r, "plain");
        break;
      }
    }
  }
  return {
    name,
    hidden: false,
    columnWidths: REPORT_COLUMNS,
    rowHeights,
    merges,
    cells,
    tables: [],
    validations: [],
    print: { landscape: false, header: print.header, footer: print.footer, breaksAfter: [], order: 1 },
    protect: false,
  };
};

export { WIDTH as REPORT_WIDTH };
