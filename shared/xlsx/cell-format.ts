import type { Cell, DataValidation, Fill, Font, Worksheet } from "exceljs";
import { FIRST_YEAR, LAST_YEAR, TEXT_MAX_LENGTH } from "../domain/primitives";
import type { ProgramParams } from "../programme/program-params";
import { EURO_NUMBER_FORMAT } from "../money/format-money";
import { CHOICE_LISTS } from "../layout/choice-lists";
import { toExcelSerial } from "../layout/excel-serial";
import type { CellValue, ChoiceListKey, FieldSpec, TableSpec, ValueType } from "../layout/layout-types";
import { maxRowsFor } from "../layout/layouts";
import { columnLetter, parseAddress } from "../workbook/cell-address";

/**
 * One font everywhere the writer styles a cell: a font without a name falls back to the reader's
 * default (a serif in LibreOffice), which mixed serif labels with sans inputs in print.
 */
export const FONT_NAME = "Arial";
export const font = (style: Partial<Font> = {}): Partial<Font> => ({ name: FONT_NAME, size: 10, ...style });

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

const fill = (argb: string): Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
export const INPUT_FILL = fill("FFFFF7D6");
export const RESULT_FILL = fill("FFEDEDED");
const thin = { style: "thin" as const, color: { argb: "FFB0B0B0" } };
export const BOX = { top: thin, left: thin, bottom: thin, right: thin };

const stop = (errorTitle: string, error: string) => ({
  allowBlank: true,
  showErrorMessage: true,
  errorStyle: "stop",
  errorTitle,
  error,
});

// Excel serial days of 01.01. of the first and 31.12. of the last Förderjahr (2000–2100).
const FIRST_DAY = toExcelSerial(Date.UTC(FIRST_YEAR, 0, 1));
const LAST_DAY = toExcelSerial(Date.UTC(LAST_YEAR, 11, 31));

const MIN_SHARE = 0.0001;

/** Native validation per value type, so the workbook checks input without the add-in. */
export const validationFor = (
  type: ValueType,
  options: { choices?: ChoiceListKey; max?: string; between?: [number, number] } = {},
): DataValidation | undefined => {
  switch (type) {
    case "amount":
      return options.max
        ? {
            type: "decimal",
            operator: "between",
            formulae: [0, options.max],
            ...stop("Betrag", "Bitte einen Betrag ab 0 eingeben, höchstens den angegebenen Höchstbetrag."),
            errorStyle: "warning",
          }
        : {
            type: "decimal",
            operator: "greaterThanOrEqual",
            formulae: [0],
            ...stop("Betrag", "Bitte einen Betrag ab 0 eingeben, z. B. 1.234,56."),
          };
    case "percent":
      // The rule is 0 < x ≤ 1; one decimal rule has one operator, so "> 0" is the smallest share
      // anyone would enter (0,01 %).
      return {
        type: "decimal",
        operator: "between",
        formulae: [MIN_SHARE, 1],
        ...stop("Stellenanteil", "Bitte einen Anteil über 0 % bis höchstens 100 % eingeben, z. B. 50 %."),
      };
    case "integer":
      if (options.between) {
        const [min, max] = options.between;
        return {
          type: "whole",
          operator: "between",
          formulae: [min, max],
          ...stop("Ganze Zahl", `Bitte eine ganze Zahl von ${min} bis ${max} eingeben.`),
        };
      }
      return {
        type: "whole",
        operator: "greaterThanOrEqual",
        formulae: [0],
        ...stop("Ganze Zahl", "Bitte eine ganze Zahl ab 0 eingeben."),
      };
    case "number":
      return {
        type: "decimal",
        operator: "greaterThanOrEqual",
        formulae: [0],
        ...stop("Zahl", "Bitte eine Zahl ab 0 eingeben."),
      };
    case "date":
      return {
        type: "date",
        operator: "between",
        formulae: [FIRST_DAY, LAST_DAY],
        ...stop("Datum", "Bitte ein Datum eingeben, z. B. 31.12.2025."),
      };
    case "text":
      return {
        type: "textLength",
        operator: "lessThanOrEqual",
        formulae: [TEXT_MAX_LENGTH],
        ...stop("Text", `Bitte höchstens ${TEXT_MAX_LENGTH} Zeichen eingeben.`),
      };
    case "boolean":
    case "choice": {
      const list = CHOICE_LISTS[options.choices ?? "jaNein"];
      return {
        type: "list",
        formulae: [list.name],
        ...stop(list.title, "Bitte einen Eintrag aus der Liste wählen."),
      };
    }
    default:
      return undefined;
  }
};

/** The native validation of a named input cell (its type plus the field's bounds). */
export const validationForField = (field: FieldSpec): DataValidation | undefined =>
  validationFor(field.type, {
    ...(field.choices && { choices: field.choices }),
    ...(field.max && { max: field.max }),
    ...(field.between && { between: field.between }),
  });

/** Limits a table to `maxRows` rows by a custom rule that Excel copies into rows added to the table. */
export const maxRowsValidation = (type: ValueType, first: string, header: string, maxRows: number) => {
  const within = `ROW(${first})-ROW(${header})<=${maxRows}`;
  const check = type === "amount" ? `AND(ISNUMBER(${first}),${first}>=0,${within})` : within;
  return {
    type: "custom",
    formulae: [check],
    ...stop("Höchstens " + maxRows + " Zeilen", `Bitte höchstens ${maxRows} Zeilen ausfüllen; Beträge ab 0.`),
  } as DataValidation;
};

/**
 * The native validation of a table's column, for all its data rows: the row limit where the table
 * has one (from the year's program parameters), else the column type's.
 */
export const validationForColumn = (
  table: TableSpec,
  index: number,
  params: ProgramParams,
): DataValidation | undefined => {
  const column = table.columns[index]!;
  const start = parseAddress(table.start);
  const letter = columnLetter(start.col + index);
  const maxRows = maxRowsFor(table, params);
  return maxRows !== undefined
    ? maxRowsValidation(column.type, `${letter}${start.row + 1}`, `$${letter}$${start.row}`, maxRows)
    : validationFor(column.type, column.choices ? { choices: column.choices } : {});
};

/** Amounts, shares and counts right-aligned like figures in a ledger; all else (dates too) left. */
const RIGHT: readonly ValueType[] = ["amount", "signedAmount", "percent", "number", "integer"];

/** `form`: on a form sheet a whole number is a year among short texts, so it aligns left with them. */
export const horizontal = (type: ValueType, form = false) =>
  RIGHT.includes(type) && !(form && type === "integer") ? "right" : "left";

export const styleInput = (cell: Cell, type: ValueType, wrap: boolean, form = false) => {
  cell.numFmt = NUMBER_FORMATS[type];
  cell.fill = INPUT_FILL;
  cell.border = BOX;
  cell.font = font();
  cell.protection = { locked: false };
  cell.alignment = { vertical: "top", horizontal: horizontal(type, form), wrapText: wrap };
};

export const styleResult = (cell: Cell, type: ValueType) => {
  cell.numFmt = NUMBER_FORMATS[type];
  cell.fill = RESULT_FILL;
  cell.border = BOX;
  cell.font = font({ bold: true });
  cell.alignment = { vertical: "top", horizontal: horizontal(type, false) };
};

/**
 * A cell only the city fills (7. Prüfung): grey and locked like a result, but a plain name or date
 * rather than a bold figure, and without validation, since no Träger types into it.
 */
export const styleLocked = (cell: Cell, type: ValueType) => {
  cell.numFmt = NUMBER_FORMATS[type];
  cell.fill = RESULT_FILL;
  cell.border = BOX;
  cell.font = font();
  cell.protection = { locked: true };
  cell.alignment = { vertical: "top", horizontal: "left", wrapText: type === "text" };
};

/** What an input cell gets written: an error value read from a workbook (`{ error }`) is left out. */
export const writableValue = (value: CellValue): Exclude<CellValue, { error: string }> =>
  value instanceof Object && !(value instanceof Date) ? null : value;

/** exceljs supports range validations but its typings miss `dataValidations`. */
export const addValidation = (sheet: Worksheet, range: string, validation: DataValidation) =>
  (
    sheet as unknown as { dataValidations: { add: (range: string, v: DataValidation) => void } }
  ).dataValidations.add(range, validation);
