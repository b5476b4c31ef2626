import type { CellValue } from "../../layout/layout-types";

/**
 * A workbook as pure data: what every writer puts where. The exceljs writer (shared/xlsx) and the
 * Office.js writer (addin/excel) each apply a plan; neither decides a label, formula, format,
 * validation or print setting of its own.
 */

/** Named looks; each writer maps a key to its fonts, fills and borders (see `STYLES`). */
export type StyleKey =
  | "title"
  | "heading"
  | "label"
  | "note"
  | "signature"
  | "input"
  | "result"
  | "locked"
  | "tableHeader"
  | "metaHeader"
  | "plain";

export interface CellPlan {
  address: string;
  /** The value, or for a formula its result as the writer caches it (Excel recalculates on open). */
  value: CellValue;
  formula?: string;
  style: StyleKey;
  numberFormat?: string;
  horizontal?: "left" | "right";
  vertical?: "top" | "bottom";
  wrap?: boolean;
  /** Unlocked cells stay editable on a protected sheet (inputs); the default is locked. */
  unlocked?: boolean;
  /** A thin line under the cell: where to sign by hand. */
  signatureLine?: boolean;
}

/** A native data validation in the form both Excel and Office.js take it. */
export interface ValidationRule {
  type: "decimal" | "whole" | "date" | "textLength" | "list" | "custom";
  operator?: "between" | "greaterThanOrEqual" | "lessThanOrEqual";
  /** Numbers or formulas (a defined name, `ROW(A5)-ROW($A$4)<=12`). */
  formulae: (number | string)[];
  allowBlank: boolean;
  errorStyle: "stop" | "warning";
  errorTitle: string;
  error: string;
}

export interface ValidationPlan {
  /** A1 range on the sheet, e.g. "B12" or "F5:F12". */
  range: string;
  rule: ValidationRule;
}

export interface TablePlan {
  name: string;
  /** Top-left cell of the header row. */
  start: string;
  headers: string[];
  /** Data rows (as wide as `headers`), spare empty rows included. */
  rows: CellValue[][];
}

export interface PrintPlan {
  landscape: boolean;
  /** Rows repeated on every printed page, e.g. "4:4". */
  titleRows?: string;
  /** The range printed, e.g. "A2:B40": rows above it are for the screen only. */
  area?: string;
  /** Header and footer in Excel's header/footer codes (`&P`, `&N`, `&A`; `&&` for a literal &). */
  header: string;
  footer: string;
  /** Rows after which a page ends (a section starts on a new page). */
  breaksAfter: number[];
  /** Where the sheet sits in the printed form when the sheets are printed together (1 = first). */
  order: number;
}

export interface SheetPlan {
  name: string;
  hidden: boolean;
  columnWidths: number[];
  /** Row number → height in points. */
  rowHeights: Record<number, number>;
  /** Ranges merged into one cell, e.g. "A1:B1". */
  merges: string[];
  cells: CellPlan[];
  tables: TablePlan[];
  validations: ValidationPlan[];
  print: PrintPlan;
  /** Rows frozen at the top while scrolling. */
  frozenRows?: number;
  /** Protected (labels and formulas locked, inputs open); no password. */
  protect: boolean;
  /**
   * Cell notes (the city's comments on a returned version). Office.js writes threaded comments
   * only, so the add-in shows these in the task pane instead; the .xlsx carries them as notes.
   */
  notes?: NotePlan[];
}

export interface NotePlan {
  address: string;
  text: string;
}

export interface NamePlan {
  name: string;
  /** Absolute reference, e.g. "'Verwendungsnachweis'!$B$12". */
  ref: string;
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
  names: NamePlan[];
}
