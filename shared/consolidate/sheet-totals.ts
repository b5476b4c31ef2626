import { letterOf, numericValue, type Cell, type SheetSpec } from "./sheet-model";

/**
 * Running sums of a sheet's data rows, kept while rows stream past, so a totals row carries its
 * computed value next to its formula. Memory: one number per (totals cell), whatever the row count.
 */
export interface TotalsAccumulator {
  add: (cells: readonly Cell[]) => void;
  /** The totals rows for data in rows first…last (none when last < first). */
  rows: (first: number, last: number) => Cell[][];
}

const roundCents = (euros: number) => Math.round(euros * 100) / 100;

export const totalsAccumulator = (spec: SheetSpec<never>): TotalsAccumulator => {
  const index = (key: string) => spec.columns.findIndex((c) => c.key === key);
  const sums = spec.totals.map(() => new Map<string, number>());
  return {
    add: (cells) =>
      spec.totals.forEach((total, t) => {
        for (const [key, how] of Object.entries(total.cells)) {
          if ("sum" in how || ("sumIf" in how && cells[index(how.sumIf.column)] === how.sumIf.equals))
            sums[t]!.set(key, (sums[t]!.get(key) ?? 0) + numericValue(cells[index(key)]));
        }
      }),
    rows: (first, last) =>
      spec.totals.map((total, t) => {
        const row: Cell[] = spec.columns.map(() => null);
        row[total.labelColumn ? index(total.labelColumn) : 0] = total.label;
        const value = (key: string) => roundCents(sums[t]!.get(key) ?? 0);
        const range = (key: string) => {
          const l = letterOf(spec.columns, key);
          return last < first ? `${l}${first}:${l}${first}` : `${l}${first}:${l}${last}`;
        };
        for (const [key, how] of Object.entries(total.cells)) {
          if ("sum" in how) row[index(key)] = { formula: `SUBTOTAL(9,${range(key)})`, result: value(key) };
          else if ("sumIf" in how) {
            const criteria = `"${how.sumIf.equals.replaceAll('"', '""')}"`;
            row[index(key)] = {
              formula: `SUMIFS(${range(key)},${range(how.sumIf.column)},${criteria})`,
              result: value(key),
            };
          }
        }
        // Ratios and differences refer to cells of the same totals row, so they follow its sums.
        for (const [key, how] of Object.entries(total.cells)) {
          const here = (k: string) => `${letterOf(spec.columns, k)}{r}`;
          if ("ratio" in how) {
            const { numerator: n, denominator: d } = how.ratio;
            const den = numericValue(row[index(d)]);
            row[index(key)] = {
              formula: `IF(${here(d)}=0,"",${here(n)}/${here(d)})`,
              result: den === 0 ? "" : numericValue(row[index(n)]) / den,
            };
          } else if ("difference" in how) {
            const { minuend, subtrahend } = how.difference;
            row[index(key)] = {
              formula: `${minuend.map(here).join("+")}-${here(subtrahend)}`,
              result: roundCents(
                minuend.reduce((s, k) => s + numericValue(row[index(k)]), 0) -
                  numericValue(row[index(subtrahend)]),
              ),
            };
          }
        }
        return row;
      }),
  };
};
