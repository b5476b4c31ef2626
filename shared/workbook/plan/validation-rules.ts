import { FIRST_YEAR, LAST_YEAR, TEXT_MAX_LENGTH } from "../../domain/primitives";
import { CHOICE_LISTS } from "../../layout/choice-lists";
import { toExcelSerial } from "../../layout/excel-serial";
import type { ChoiceListKey, FieldSpec, TableSpec, ValueType } from "../../layout/layout-types";
import { maxRowsFor } from "../../layout/layouts";
import type { ProgramParams } from "../../programme/program-params";
import { columnLetter, parseAddress } from "../cell-address";
import type { ValidationRule } from "./plan-types";

const stop = (errorTitle: string, error: string) => ({
  allowBlank: true,
  errorStyle: "stop" as const,
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
  options: {
    choices?: ChoiceListKey;
    max?: string;
    between?: [number, number];
    /** First cell of the validated range, relative (e.g. "F5"): custom rules are written for it. */
    cell?: string;
  } = {},
): ValidationRule | undefined => {
  switch (type) {
    case "amount": {
      // A custom rule: "decimal" cannot say "at most two decimals", and a pasted =…*13% with more
      // would make the sheet's SUM and the rules disagree by a cent on a locked cell.
      const x = options.cell;
      if (x === undefined) throw new Error("validationFor: amount needs the range's first cell");
      const checks = [`ISNUMBER(${x})`, `${x}>=0`, `ROUND(${x},2)=${x}`];
      return options.max
        ? {
            type: "custom",
            formulae: [`AND(${[...checks, `${x}<=${options.max}`].join(",")})`],
            ...stop(
              "Betrag",
              "Bitte einen Betrag ab 0 mit höchstens zwei Nachkommastellen eingeben, höchstens den angegebenen Höchstbetrag.",
            ),
            errorStyle: "warning",
          }
        : {
            type: "custom",
            formulae: [`AND(${checks.join(",")})`],
            ...stop(
              "Betrag",
              "Bitte einen Betrag ab 0 mit höchstens zwei Nachkommastellen eingeben, z. B. 1.234,56.",
            ),
          };
    }
    case "percent":
      // The rule is 0 < x ≤ 1; one decimal rule has one operator, so "> 0" is the smallest share
      // anyone would enter (0,01 %).
      return {
        type: "decimal",
        operator: "between",
        formulae: [MIN_SHARE, 1],
        ...stop("Stellenanteil", "Bitte einen Anteil über 0 % bis höchstens 100 % eingeben, z. B. 50 %."),
      };
    case "integer": {
      const [min, max] = options.between ?? [0, undefined];
      return max === undefined
        ? {
            type: "whole",
            operator: "greaterThanOrEqual",
            formulae: [0],
            ...stop("Ganze Zahl", "Bitte eine ganze Zahl ab 0 eingeben."),
          }
        : {
            type: "whole",
            operator: "between",
            formulae: [min, max],
            ...stop("Ganze Zahl", `Bitte eine ganze Zahl von ${min} bis ${max} eingeben.`),
          };
    }
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
export const validationForField = (field: FieldSpec): ValidationRule | undefined =>
  validationFor(field.type, {
    cell: field.address,
    ...(field.choices && { choices: field.choices }),
    ...(field.max && { max: field.max }),
    ...(field.between && { between: field.between }),
  });

/** Limits a table to `maxRows` rows by a custom rule that Excel copies into rows added to the table. */
export const maxRowsValidation = (
  type: ValueType,
  first: string,
  header: string,
  maxRows: number,
): ValidationRule => {
  const within = `ROW(${first})-ROW(${header})<=${maxRows}`;
  const check =
    type === "amount" ? `AND(ISNUMBER(${first}),${first}>=0,ROUND(${first},2)=${first},${within})` : within;
  return {
    type: "custom",
    formulae: [check],
    ...stop(
      `Höchstens ${maxRows} Zeilen`,
      `Bitte höchstens ${maxRows} Zeilen ausfüllen; Beträge ab 0 mit höchstens zwei Nachkommastellen.`,
    ),
  };
};

/**
 * The native validation of a table's column, for all its data rows: the row limit where the table
 * has one (from the year's program parameters), else the column type's.
 */
export const validationForColumn = (
  table: TableSpec,
  index: number,
  params: ProgramParams,
): ValidationRule | undefined => {
  const column = table.columns[index]!;
  const start = parseAddress(table.start);
  const letter = columnLetter(start.col + index);
  const maxRows = maxRowsFor(table, params);
  return maxRows !== undefined
    ? maxRowsValidation(column.type, `${letter}${start.row + 1}`, `$${letter}$${start.row}`, maxRows)
    : validationFor(column.type, {
        cell: `${letter}${start.row + 1}`,
        ...(column.choices && { choices: column.choices }),
        ...(column.maxParam && { between: [1, params[column.maxParam]] as [number, number] }),
      });
};
