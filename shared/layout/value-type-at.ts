import type { FilingKind } from "../filing/filing";
import type { FieldPath } from "../filing/labels";
import type { ValueType } from "./layout-types";
import { layoutFor } from "./layouts";

const same = (a: FieldPath, b: FieldPath) => a.length === b.length && a.every((s, i) => s === b[i]);

/**
 * The value type the layout gives a field path (a form field, or a table cell such as
 * personal.zeilen[2].stellenanteil), so every screen formats a value as its cell does – money as
 * euros, shares as percent, ISO dates as dd.mm.yyyy. Undefined for a path the layout has no cell for.
 */
export const valueTypeAt = (kind: FilingKind, path: FieldPath): ValueType | undefined => {
  const layout = layoutFor(kind);
  const field = layout.fields.find((f) => f.path && same(f.path, path));
  if (field) return field.type;
  for (const table of layout.tables) {
    const head = path.slice(0, table.path.length);
    const row = path[table.path.length];
    if (!same(head, table.path) || typeof row !== "number") continue;
    const key = path[table.path.length + 1] ?? "";
    if (path.length > table.path.length + 2) return undefined;
    return table.columns.find((c) => c.key === key)?.type;
  }
  return undefined;
};
