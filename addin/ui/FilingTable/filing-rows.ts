import type { ListResponse } from "../../../shared/api/api-schemas";
import type { FilingStatus } from "../../../shared/domain/lifecycle";
import { FILING_KIND_LABELS, type FilingKind } from "../../../shared/filing/filing";
import { districtName, traegerName } from "../../../shared/programme/stammdaten";

/** One row of the year's table: a filing, or a Zuordnung whose filing is still missing. */
export interface FilingRow {
  filingId: string;
  /** Only a stored filing can be opened. */
  stored: boolean;
  traeger: string;
  district: string;
  kind: FilingKind;
  form: string;
  status: FilingStatus | "fehlt";
  version: number | null;
  submittedAt: string | null;
  dueDate: string;
  overdue: boolean;
  zuschuss: number | null;
  kostensumme: number | null;
  differenz: number | null;
  /** Fehler and Warnungen of the latest version: what a reviewer still has to look at. */
  befunde: number | null;
}

export const filingRows = (list: ListResponse): FilingRow[] => [
  ...list.items.map((i): FilingRow => ({
    filingId: i.filingId,
    stored: true,
    traeger: traegerName(i.meta.programmeId, i.meta.traegerId),
    district: districtName(i.meta.programmeId, i.meta.districtId),
    kind: i.kind,
    form: FILING_KIND_LABELS[i.kind],
    status: i.status,
    version: i.latestVersion,
    submittedAt: i.submittedAt,
    dueDate: i.dueDate,
    overdue: i.overdue,
    zuschuss: i.amounts?.zuschuss ?? null,
    kostensumme: i.amounts?.kostensumme ?? null,
    differenz: i.amounts?.differenz ?? null,
    befunde: i.findingCounts.fehler + i.findingCounts.warnung,
  })),
  ...list.missing.map((m): FilingRow => ({
    filingId: m.filingId,
    stored: false,
    traeger: traegerName(m.meta.programmeId, m.meta.traegerId),
    district: districtName(m.meta.programmeId, m.meta.districtId),
    kind: m.kind,
    form: FILING_KIND_LABELS[m.kind],
    status: "fehlt",
    version: null,
    submittedAt: null,
    dueDate: m.dueDate,
    overdue: m.overdue,
    zuschuss: null,
    kostensumme: null,
    differenz: null,
    befunde: null,
  })),
];

export type SortKey = Exclude<keyof FilingRow, "filingId" | "stored" | "kind">;
export interface Sort {
  key: SortKey;
  direction: "ascending" | "descending";
}

/** Sorted as a reader expects: text by German collation, empty cells last in either direction. */
export const sortRows = (rows: readonly FilingRow[], { key, direction }: Sort): FilingRow[] => {
  const sign = direction === "ascending" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order =
      typeof x === "number" && typeof y === "number"
        ? x - y
        : String(x).localeCompare(String(y), "de-DE", { numeric: true });
    return sign * order;
  });
};

/** Rows whose Träger or Stadtteil contain the text, in the chosen status ("" = every status). */
export const filterRows = (rows: readonly FilingRow[], text: string, status: string): FilingRow[] => {
  const needle = text.trim().toLocaleLowerCase("de-DE");
  return rows.filter(
    (r) =>
      (!status || r.status === status) &&
      (!needle || `${r.traeger} ${r.district}`.toLocaleLowerCase("de-DE").includes(needle)),
  );
};
