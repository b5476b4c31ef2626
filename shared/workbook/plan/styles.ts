import type { ValueType } from "../../layout/layout-types";
import { EURO_NUMBER_FORMAT } from "../../money/format-money";
import type { StyleKey } from "./plan-types";

/**
 * One font everywhere: a font without a name falls back to the reader's default (a serif in
 * LibreOffice), which mixed serif labels with sans inputs in print.
 */
export const FONT_NAME = "Arial";

export interface StyleSpec {
  font: { size: number; bold?: boolean; italic?: boolean; color?: string };
  /** Fill colour as ARGB hex, e.g. "FFFFF7D6". */
  fill?: string;
  /** A thin grey box around the cell. */
  box?: boolean;
}

/** Yellow cells are for typing, grey ones are computed or filled by the city (see the legend). */
export const INPUT_FILL = "FFFFF7D6";
export const RESULT_FILL = "FFEDEDED";
export const BOX_COLOR = "FFB0B0B0";

export const STYLES: Record<StyleKey, StyleSpec> = {
  title: { font: { size: 14, bold: true } },
  heading: { font: { size: 11, bold: true } },
  label: { font: { size: 10 } },
  note: { font: { size: 9, italic: true, color: "FF555555" } },
  signature: { font: { size: 10 } },
  input: { font: { size: 10 }, fill: INPUT_FILL, box: true },
  result: { font: { size: 10, bold: true }, fill: RESULT_FILL, box: true },
  locked: { font: { size: 10 }, fill: RESULT_FILL, box: true },
  tableHeader: { font: { size: 10, bold: true } },
  metaHeader: { font: { size: 10, bold: true } },
  plain: { font: { size: 10 } },
};

/** de-DE formats; OOXML codes are locale-neutral, Excel shows them as "1.234,56 €", "50 %", "31.12.2025". */
export const NUMBER_FORMATS: Record<ValueType, string> = {
  text: "@",
  longText: "@",
  amount: EURO_NUMBER_FORMAT,
  signedAmount: EURO_NUMBER_FORMAT,
  percent: "0 %",
  integer: "0",
  number: "General",
  date: "DD.MM.YYYY",
  boolean: "@",
  choice: "@",
};

/** Amounts, shares and counts right-aligned like figures in a ledger; all else (dates too) left. */
const RIGHT: readonly ValueType[] = ["amount", "signedAmount", "percent", "number", "integer"];

/** `form`: on a form sheet a whole number is a year among short texts, so it aligns left with them. */
export const horizontal = (type: ValueType, form = false): "left" | "right" =>
  RIGHT.includes(type) && !(form && type === "integer") ? "right" : "left";

/** Characters per unit of column width, roughly; on the low side so substitute fonts fit too. */
const CHARS_PER_LINE = 1.1;

/** Lines a text takes when wrapped in a column of `width`, for row heights the writer sets. */
export const textLines = (text: string, width: number): number =>
  text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / (width * CHARS_PER_LINE))), 0);

/** Points per wrapped line of 10 pt text. */
export const LINE_HEIGHT = 13;
