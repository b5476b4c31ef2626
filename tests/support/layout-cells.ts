import type { FilingKind } from "../../shared/filing";
import { LAYOUTS } from "../../shared/layout/layouts";
import { columnLetter, parseAddress } from "../../shared/workbook/cell-address";

// Where the layout puts a field, computed from the layout alone (not from the reader), as
// findings name it: "'Sheet'!B12".

const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

export const namedCell = (kind: FilingKind, name: string): string => {
  const field = LAYOUTS[kind].fields.find((f) => f.name === name);
  if (!field) throw new Error(`Layout ${kind} hat keinen Namen ${name}`);
  return `${quote(field.sheet)}!${field.address}`;
};

/** Cell of row `index` (0-based, as in the filing) and column `key` of a table. */
export const tableCell = (kind: FilingKind, table: string, index: number, key: string): string => {
  const spec = LAYOUTS[kind].tables.find((t) => t.name === table)!;
  const start = parseAddress(spec.start);
  const column = spec.columns.findIndex((c) => c.key === key);
  if (column < 0) throw new Error(`Tabelle ${table} hat keine Spalte ${key}`);
  return `${quote(spec.sheet)}!${columnLetter(start.col + column)}${start.row + 1 + index}`;
};

/** Data range of a table with `rows` rows. */
export const tableRange = (kind: FilingKind, table: string, rows: number): string => {
  const spec = LAYOUTS[kind].tables.find((t) => t.name === table)!;
  const start = parseAddress(spec.start);
  const last = columnLetter(start.col + spec.columns.length - 1);
  return `${quote(spec.sheet)}!${columnLetter(start.col)}${start.row + 1}:${last}${start.row + rows}`;
};
