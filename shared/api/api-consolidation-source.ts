import {
  overviewOrderKey,
  toCommentItem,
  type ContentItem,
  type OverviewItem,
} from "../consolidate/consolidation-items";
import type { ConsolidationSource } from "../consolidate/consolidation-source";
import type { ProgramParams } from "../programme/program-params";
import type { FilingDetail, FilingSummary, ListResponse, MissingFiling } from "./api-schemas";
import type { VersionRecord } from "./records";

/** GET a path of the API (with the caller's token) and parse the JSON; the task pane passes fetch. */
export type GetJson = <T>(path: string) => Promise<T>;

/** Filings whose versions are fetched at once: a page, as the task pane's progress counts it. */
const PAGE = 20;

/**
 * The consolidated workbook's data from the HTTP API, for a client that builds the workbook itself
 * (the task pane's "Konsolidierte Mappe laden"): the list (with amounts and missing filings) for the
 * overview and evaluation, then the latest versions page by page for the stacked sheets. Only
 * Koordinierung and Leitung may read every filing; for anyone else the API returns their own.
 */
export const apiConsolidationSource = (
  getJson: GetJson,
  programmeId: string,
  year: number,
): ConsolidationSource => {
  const q = (y: number, kind?: string) =>
    `/filings?programme=${encodeURIComponent(programmeId)}&year=${y}${kind ? `&kind=${kind}` : ""}`;
  let list: Promise<ListResponse> | undefined;
  const current = () => (list ??= getJson<ListResponse>(q(year)));
  const params = getJson<ProgramParams>(`/programmes/${encodeURIComponent(programmeId)}/params/${year}`);
  const granted = async (x: { meta: { traegerId: string; districtId: string } }) =>
    (await params).zuschuesse.find(
      (z) => z.traegerId === x.meta.traegerId && z.districtId === x.meta.districtId,
    )?.betrag ?? null;
  const stored = async (s: FilingSummary): Promise<OverviewItem> => ({
    filingId: s.filingId,
    kind: s.kind,
    meta: s.meta,
    status: s.status,
    version: s.latestVersion,
    dueDate: s.dueDate,
    overdue: s.overdue,
    findingCounts: s.findingCounts,
    amounts: s.amounts ?? null,
    zuschussBewilligt: await granted(s),
  });
  const missing = async (m: MissingFiling): Promise<OverviewItem> => ({
    ...m,
    status: null,
    version: null,
    findingCounts: null,
    amounts: null,
    zuschussBewilligt: await granted(m),
  });
  return {
    programmeId,
    year,
    overview: async function* () {
      const { items, missing: absent } = await current();
      const all = [
        ...(await Promise.all(items.map(stored))),
        ...(await Promise.all(absent.map(missing))),
      ].sort((a, b) => (overviewOrderKey(a) < overviewOrderKey(b) ? -1 : 1));
      for (let i = 0; i < all.length; i += PAGE) yield all.slice(i, i + PAGE);
    },
    previousYear: async function* () {
      const { items } = await getJson<ListResponse>(q(year - 1, "jahresbericht"));
      yield await Promise.all(items.map(stored));
    },
    contents: async function* ({ kind, comments }) {
      const items = (await current()).items.filter((s) => kind === undefined || s.kind === kind);
      for (let i = 0; i < items.length; i += PAGE) {
        yield await Promise.all(
          items.slice(i, i + PAGE).map(async (s): Promise<ContentItem> => {
            const id = encodeURIComponent(s.filingId);
            const [version, detail] = await Promise.all([
              getJson<VersionRecord>(`/filings/${id}/versions/${s.latestVersion}`),
              comments ? getJson<FilingDetail>(`/filings/${id}`) : undefined,
            ]);
            return {
              filingId: s.filingId,
              version: version.version,
              filing: version.content,
              findings: version.findings,
              comments: (detail?.comments ?? []).map(toCommentItem),
            };
          }),
        );
      }
    },
  };
};
