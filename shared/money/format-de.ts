/**
 * German wording of counts and dates, one way for every surface (pane, web app, CLI, workbooks):
 * „1 Warnung“ / „2 Warnungen“, dates as dd.mm.yyyy – never a two-digit year or a missing zero.
 */

/** „1 Warnung“, „2 Warnungen“, „0 Hinweise“ (German uses the plural for zero). */
export const formatCount = (n: number, one: string, many: string): string =>
  `${n.toLocaleString("de-DE")} ${n === 1 ? one : many}`;

/** The severities as they are counted: „2 Fehler, 1 Warnung, 0 Hinweise“. */
export const formatFindingCounts = (counts: { fehler: number; warnung: number; hinweis: number }): string =>
  [
    formatCount(counts.fehler, "Fehler", "Fehler"),
    formatCount(counts.warnung, "Warnung", "Warnungen"),
    formatCount(counts.hinweis, "Hinweis", "Hinweise"),
  ].join(", ");

const pad = (n: number) => String(n).padStart(2, "0");

/** German local time of an instant: the city, its Träger and their deadlines are in Lüneburg. */
const berlin = (instant: Date) => {
  const parts = new Intl.DateTimeFormat("de-DE", {
    timeZone: "Europe/Berlin",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return {
    date: `${part("day")}.${part("month")}.${part("year")}`,
    time: `${part("hour")}:${part("minute")}`,
  };
};

/**
 * dd.mm.yyyy of a calendar day („2026-06-30“ → „30.06.2026“, as stored for due dates and form
 * dates) or of an instant (ISO timestamp or Date, in German local time).
 */
export const formatDate = (value: string | Date): string => {
  const day = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (day) return `${day[3]}.${day[2]}.${day[1]}`;
  const instant = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) return String(value);
  return berlin(instant).date;
};

/** „30.06.2026, 14:05“ – an instant in German local time (submissions, comments, drafts). */
export const formatDateTime = (value: string | Date): string => {
  const instant = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(instant.getTime())) return String(value);
  const { date, time } = berlin(instant);
  return `${date}, ${time}`;
};

/** dd.mm.yyyy of a date that is a calendar day in UTC (an Excel cell's date, a form's Datum). */
export const formatUtcDay = (d: Date): string =>
  `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
