import type { FilingKind } from "../../../shared/filing/filing";
import type { FieldPath } from "../../../shared/filing/labels";
import { valueTypeAt } from "../../../shared/layout/value-type-at";
import { formatEuro } from "../../../shared/money/format-money";

/**
 * Every date, number and plural the pane shows goes through this module, so the shared formatter
 * (issue 23, engineer "findings") can replace these few functions in one place.
 */

const pad = (n: number) => String(n).padStart(2, "0");

/** „30.06.2026“ for an ISO date or date-time (a date-time in the user's local time). */
export const formatDate = (iso: string): string => {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (day) return `${day[3]}.${day[2]}.${day[1]}`;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`;
};

/** „30.06.2026, 14:05“ */
export const formatDateTime = (iso: string): string => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${formatDate(iso)}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** „1 Warnung“, „2 Warnungen“. */
export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

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
