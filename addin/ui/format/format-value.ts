import type { FilingKind } from "../../../shared/filing/filing";
import type { FieldPath } from "../../../shared/filing/labels";
import { valueTypeAt } from "../../../shared/layout/value-type-at";
import { formatDate } from "../../../shared/money/format-de";
import { formatEuro } from "../../../shared/money/format-money";

/**
 * Every date, number and plural the pane shows goes through this module; dates and plurals are the
 * shared formatter's (shared/money/format-de.ts), the same the CLI and the workbooks use:
 * dd.mm.yyyy in Lüneburg's time, „1 Warnung“ / „2 Warnungen“.
 */
export { formatCount as plural, formatDate, formatDateTime } from "../../../shared/money/format-de";
const percent = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 2 });
const number = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 6 });
// Whole numbers of the forms are years and head counts: „2025“, not „2.025“.
const integer = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 0, useGrouping: false });

/** A field's value as its cell shows it: the layout's value type decides (cents → „51.234,56 €“, 0.75 → „75 %“). */
export const formatFieldValue = (kind: FilingKind, path: FieldPath, value: unknown): string => {
  if (value === null || value === undefined || value === "") return "leer";
  const type = valueTypeAt(kind, path);
  if (typeof value === "number") {
    if (type === "amount" || type === "signedAmount") return formatEuro(value);
    if (type === "percent") return `${percent.format(value * 100)} %`;
    if (type === "integer") return integer.format(value);
    return number.format(value);
  }
  if (typeof value === "boolean") return value ? "ja" : "nein";
  if (typeof value === "string" && type === "date") return formatDate(value);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
};
