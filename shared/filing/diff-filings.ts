import * as z from "zod";
import { labelForPath } from "./labels";
import type { Filing } from "./filing";

export const fieldChangeSchema = z.object({
  /** Path into the filing's `data`, e.g. ["personal", "zeilen", 2, "stellenanteil"]. */
  path: z.array(z.union([z.string(), z.number().int().nonnegative()])),
  /** "1. Personalkosten › Zeile 3 › Stellenanteil" */
  label: z.string(),
  change: z.enum(["added", "removed", "changed"]),
  /** Absent when the field did not exist in the earlier version (a row was added). */
  before: z.unknown().optional(),
  /** Absent when the field does not exist in the later version (a row was removed). */
  after: z.unknown().optional(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

type Path = (string | number)[];
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Field-by-field changes from `a` to `b` (two versions of one filing), in the order of the form.
 * Leaves are compared; arrays by index, so a row inserted at the top shows as changes in every row
 * below – what a reviewer comparing two printed forms line by line would see too.
 */
export const diffFilings = (a: Filing, b: Filing): FieldChange[] => {
  const changes: FieldChange[] = [];
  const emit = (path: Path, change: FieldChange["change"], before: unknown, after: unknown): void => {
    changes.push({
      path,
      label: labelForPath(b.kind, path, b.meta.programmeId),
      change,
      ...(change !== "added" && { before }),
      ...(change !== "removed" && { after }),
    });
  };

  // A side that is absent (row added or removed) is walked alone so every leaf gets its own entry.
  const walk = (path: Path, x: unknown, y: unknown, hasX: boolean, hasY: boolean): void => {
    if (Array.isArray(x) || Array.isArray(y)) {
      const xs = Array.isArray(x) ? x : [];
      const ys = Array.isArray(y) ? y : [];
      if (hasX && hasY && !Array.isArray(x) !== !Array.isArray(y)) return emit(path, "changed", x, y);
      for (let i = 0; i < Math.max(xs.length, ys.length); i++)
        walk([...path, i], xs[i], ys[i], hasX && i < xs.length, hasY && i < ys.length);
      return;
    }
    if (isObject(x) || isObject(y)) {
      const xo = isObject(x) ? x : {};
      const yo = isObject(y) ? y : {};
      const keys = [...new Set([...Object.keys(xo), ...Object.keys(yo)])];
      for (const key of keys) walk([...path, key], xo[key], yo[key], hasX && key in xo, hasY && key in yo);
      return;
    }
    if (hasX && !hasY) return emit(path, "removed", x, undefined);
    if (!hasX && hasY) return emit(path, "added", undefined, y);
    if (!Object.is(x, y)) emit(path, "changed", x, y);
  };

  walk([], a.data, b.data, true, true);
  return changes;
};
