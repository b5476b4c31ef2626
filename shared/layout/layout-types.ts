import type { FilingKind } from "../filing/filing";
import type { ProgramParams } from "../programme/program-params";
import type { FieldPath } from "../filing/labels";

/**
 * A cell's content as plain data, without exceljs: what a reader hands to `cellsToFiling` and what
 * `filingToCells` hands to a writer. Formula cells are represented by their result.
 */
export type CellValue = string | number | boolean | Date | { error: string } | null;

/** How a cell's content is read and written; decides number format and native validation too. */
export type ValueType =
  | "text"
  | "longText"
  | "amount"
  | "signedAmount"
  | "percent"
  | "integer"
  | "number"
  | "date"
  | "boolean"
  | "choice";

export type ChoiceListKey = "wirkungstreppe" | "leistungsart" | "personengruppe" | "jaNein" | "kostenart";

/** Cached results the writer stores beside formulas that have no field in the filing. */
export type CachedResult =
  | "verwaltungCap"
  | "sachkostenCap"
  | "budgetCap"
  | "budgetZeilenSumme"
  | "belegPersonalkosten"
  | "belegVerwaltung"
  | "belegSachkosten"
  | "belegBudget";

/** One named cell: an input, or a result computed by a formula. */
export interface FieldSpec {
  /** Defined name in the workbook, e.g. `VN_kopf_zuschuss`; the reader binds by it alone. */
  name: string;
  sheet: string;
  /** Address in the template, e.g. `B12` (users may move it; the name follows). */
  address: string;
  /** Where the value lives in the filing's `data`; null for results the filing does not hold. */
  path: FieldPath | null;
  /**
   * For a result the filing does not hold (path null): the path findings use to name this cell,
   * e.g. a Belegliste sum (`["belegliste", "summe", "sachkosten"]`). Never read into a filing.
   */
  findingPath?: FieldPath;
  /**
   * Where the value lives in the city's Prüfung (`pruefungSchema`): a locked cell the workflow
   * fills, never an input and never read into a filing.
   */
  pruefung?: FieldPath;
  /** Short German label (labels.ts), used in findings and docs. */
  label: string;
  /** Text printed beside the cell when it differs from `label`. */
  caption?: string;
  type: ValueType;
  choices?: ChoiceListKey;
  /** Excel formula (English function names, defined names; `{token}`s from program params). */
  formula?: string;
  cached?: CachedResult;
  /** Upper bound for native validation (a defined name), e.g. the 13 % cap. */
  max?: string;
  /** Bounds for native validation of a whole number, e.g. the Jahr 2000–2100. */
  between?: [number, number];
  /** Row height for long text. */
  height?: number;
  /**
   * Rows kept for the cell: a text taller than one row (409 pt at most, never split across pages)
   * is merged over them with its caption, and LibreOffice continues it across a page break.
   */
  rows?: number;
  /** What the cell means, for docs/workbook.md. */
  meaning: string;
  /** Layout version that introduced the name (absent: version 1); older workbooks lack it. */
  since?: number;
  /**
   * A formula the user may replace by typing (e.g. "in Worten"): a typed value is kept and checked
   * by the rules instead of being reported as an overwritten formula.
   */
  overridable?: boolean;
}

export interface ColumnSpec {
  /** Property of the row object; "" for a list of plain strings (2. Inhalt). */
  key: string;
  /** Header of the Excel table column (unique within the table). */
  header: string;
  type: ValueType;
  choices?: ChoiceListKey;
  /** A whole number from 1 to this program parameter of the year (native validation), e.g. a budget line. */
  maxParam?: Extract<keyof ProgramParams, "budgetMaxZeilen">;
  width: number;
}

/** A repeating block of rows as a native Excel table on a sheet of its own. */
export interface TableSpec {
  /** Excel table name, e.g. `tblPersonal`. */
  name: string;
  sheet: string;
  /** Top-left cell of the header row. */
  start: string;
  path: FieldPath;
  label: string;
  columns: ColumnSpec[];
  /** Empty rows in a blank template (and at least that many rows in a prefilled one). */
  blankRows: number;
  /** Rows numbered „1.“, „2.“ … in the column left of the table, as the paper numbers its lines. */
  numbered?: boolean;
  /**
   * At most as many rows as this program parameter of the year allows (checked by native
   * validation and by the rules); see `maxRowsFor`.
   */
  maxRows?: Extract<keyof ProgramParams, "budgetMaxZeilen">;
  /** Layout version that introduced the table (absent: version 1). */
  since?: number;
}

/** `signature`: a tall row with a line to sign and stamp by hand in the printed form. */
export type TextStyle =
  | "title"
  | "heading"
  | "label"
  | "note"
  | "signature"
  /** The legend's sample cells: what a yellow (input) and a grey (result) cell means. */
  | "legendInput"
  | "legendResult";

export interface TextSpec {
  address: string;
  text: string;
  style: TextStyle;
  /** The caption of the field beside it: sized like a label, never spanning into the field. */
  caption?: boolean;
  /** Printing starts a new page here, so a section with its table of figures is not torn apart. */
  newPage?: boolean;
  /**
   * Shown on screen, never printed (the legend, how to add rows): such texts stand in the sheet's
   * first rows, above the print area.
   */
  screenOnly?: boolean;
}

/** A named result shown once more as `=name`, with a caption in the cell to its left. */
export interface EchoSpec {
  address: string;
  name: string;
  type: ValueType;
  caption: string;
}

export interface SheetSpec {
  /** Default sheet name; users may rename it, nothing binds to it. */
  name: string;
  texts: TextSpec[];
  columnWidths: number[];
  /** Form sheets are protected (labels and formulas locked); table sheets stay open so tables can grow. */
  protect: boolean;
  landscape: boolean;
  /**
   * Results repeated on this sheet, e.g. the Personal total in the title area: never below a
   * table, where rows a user adds to the table would run into it.
   */
  echoes?: EchoSpec[];
  /** Rows repeated on every printed page, e.g. "4:4". */
  printTitleRows?: string;
}

export interface FormLayout {
  kind: FilingKind;
  /** Prefix of the defined names, `VN` or `JB`. */
  prefix: string;
  sheets: SheetSpec[];
  fields: FieldSpec[];
  tables: TableSpec[];
}
