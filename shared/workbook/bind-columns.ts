import type { TableSpec } from "../layout/layout-types";

const normalizeHeader = (h: string) => h.trim().toLowerCase().replace(/\s+/g, " ");

/**
 * For each layout column, its index among the table's columns now: bound by header, by position
 * only when headers were renamed but the shape is the same; undefined when the column is gone.
 */
export const bindColumns = (spec: TableSpec, headers: readonly string[]): (number | undefined)[] => {
  const byName = spec.columns.map((c) =>
    headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(c.header)),
  );
  const samePlaces = headers.length === spec.columns.length;
  return byName.map((i, c) => (i >= 0 ? i : samePlaces ? c : undefined));
};
