import type { FilingKind } from "../filing/filing";
import type { ProgramParams } from "../programme/program-params";
import { JAHRESBERICHT_LAYOUT } from "./jahresbericht-layout";
import type { FieldSpec, FormLayout, TableSpec } from "./layout-types";
import { VERWENDUNGSNACHWEIS_LAYOUT } from "./verwendungsnachweis-layout";

export const LAYOUTS: Record<FilingKind, FormLayout> = {
  verwendungsnachweis: VERWENDUNGSNACHWEIS_LAYOUT,
  jahresbericht: JAHRESBERICHT_LAYOUT,
};

export const layoutFor = (kind: FilingKind): FormLayout => LAYOUTS[kind];

/** A field's formula with the year's program parameters filled in (13 % → `13%`). */
export const formulaFor = (field: FieldSpec, params: ProgramParams): string | undefined =>
  field.formula?.replace("{verwaltungSatz}", `${params.verwaltungCapBasisPoints / 100}%`);

/** A table's row limit in the year's program parameters; undefined when the table may grow freely. */
export const maxRowsFor = (table: TableSpec, params: ProgramParams): number | undefined =>
  table.maxRows === undefined ? undefined : params[table.maxRows];
