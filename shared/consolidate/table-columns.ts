import type { FilingKind } from "../filing/filing";
import type { FieldPath } from "../filing/labels";
import { getIn, pathKey } from "../filing/path-access";
import type { TableSpec, ValueType } from "../layout/layout-types";
import { layoutFor } from "../layout/layouts";
import { choiceLabel } from "../layout/choice-lists";
import { cleanText, euros, excelDate } from "./cell-values";
import type { Cell, ColumnSpec, ColumnType } from "./sheet-model";

/**
 * The consolidated sheets that stack a form's table take its columns – keys, German headers, types –
 * from the layout, the one declaration of that table. Only the widths are their own: the stacked
 * sheet has Träger, Stadtteil and the trace columns beside them, so the form's widths do not fit.
 */

/** The layout's table at a path of the filing's data; a missing one is a bug in a sheet definition. */
export const layoutTable = (kind: FilingKind, path: FieldPath): TableSpec => {
  const table = layoutFor(kind).tables.find((t) => pathKey(t.path) === pathKey(path));
  if (!table) throw new Error(`Tabelle ${path.join(".")} gibt es im Layout nicht`);
  return table;
};

/** A column's width in the stacked sheet; `wrap` shows a short form text wrapped like a long one. */
export type StackedWidth = number | { width: number; wrap: true };

// Choices are written as the label the user chose, dates as dates; number/boolean columns are not
// stacked yet.
const TYPES: Partial<Record<ValueType, ColumnType>> = {
  text: "text",
  longText: "longText",
  amount: "amount",
  signedAmount: "signedAmount",
  percent: "percent",
  integer: "integer",
  choice: "text",
  date: "date",
};

/** The line number column of a table the paper numbers („1.“, „2.“ …). */
const NUMBER_COLUMN = { key: "nr", header: "Nr.", type: "integer" } as const;

/** One width per column (the line number column first, when the table has one). */
export const tableColumns = (table: TableSpec, widths: readonly StackedWidth[]): ColumnSpec[] => {
  const columns = [...(table.numbered ? [NUMBER_COLUMN] : []), ...table.columns];
  if (widths.length !== columns.length)
    throw new Error(`${table.name}: ${columns.length} Spalten, aber ${widths.length} Breiten`);
  return columns.map((c, i) => {
    const w = widths[i]!;
    const type = typeof w === "number" ? TYPES[c.type] : "longText";
    if (!type) throw new Error(`${table.name}: Spaltentyp ${c.type} wird nicht gestapelt`);
    return { key: c.key, header: c.header, type, width: typeof w === "number" ? w : w.width };
  });
};

/** A row's value as the cell of its column: texts cleaned, cents as euros, numbers as they are. */
const cellOf = (type: ColumnType, value: unknown): Cell => {
  if (value === null || value === undefined) return null;
  if (type === "amount" || type === "signedAmount") return euros(value as number);
  if (type === "date" && typeof value === "string") return excelDate(value);
  if (typeof value === "string") return cleanText(value);
  return value as Cell;
};

/** A choice as its label in the programme's words (the Kostenart „Stadtteilmanagementbudget“). */
const labelled = (table: TableSpec, key: string, value: unknown, programmeId?: string): unknown => {
  const choices = table.columns.find((c) => c.key === key)?.choices;
  return (choices && choiceLabel(choices, value, programmeId)) ?? value;
};

/** The cells of every row the table holds in the filing's data, in the order of `columns`. */
export const tableCells = (
  table: TableSpec,
  columns: readonly ColumnSpec[],
  data: unknown,
  programmeId?: string,
): Cell[][] => {
  const rows = getIn(data, table.path);
  if (!Array.isArray(rows)) return [];
  return rows.map((row, i) =>
    columns.map((c) =>
      table.numbered && c.key === NUMBER_COLUMN.key
        ? i + 1
        : cellOf(c.type, labelled(table, c.key, getIn(row, [c.key]), programmeId)),
    ),
  );
};
