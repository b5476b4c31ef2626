import type { FilingDetail, FilingSummary, ListResponse, MissingFiling } from "../../shared/api/api-schemas";
import type { ConsolidationSource } from "../../shared/consolidate/consolidation-source";
import {
  overviewOrderKey,
  toCommentItem,
  type ContentItem,
  type OverviewItem,
} from "../../shared/consolidate/consolidation-items";
import type { FilingMeta } from "../../shared/filing/filing";
import type { ProgramParams } from "../../shared/programme/program-params";
import type { ApiClient } from "../api/api-client";

/** Filings fetched at once for the stacked sheets: a few requests in flight, never all of a year. */
const PAGE = 8;

const byOverviewOrder = <T extends Parameters<typeof overviewOrderKey>[0]>(items: T[]) =>
  items.sort((a, b) => (overviewOrderKey(a) < overviewOrderKey(b) ? -1 : 1));

/**
 * The consolidated workbook's data as the task pane gets it from the API: the list (heads with
 * amounts, due dates, missing districts) for the overview, each filing's latest version for the
 * stacked sheets. The same rows as the API's own build, which reads the store directly.
 */
export const apiConsolidationSource = (
  api: ApiClient,
  programmeId: string,
  year: number,
): ConsolidationSource => {
  const lists = new Map<number, Promise<ListResponse>>();
  const list = (y: number) => {
    if (!lists.has(y)) lists.set(y, api.listFilings(programmeId, y));
    return lists.get(y)!;
  };
  const params = api.getParams(programmeId, year);
  // Each stacked sheet reads the filings again; within one build a filing is fetched once.
  const details = new Map<string, Promise<FilingDetail>>();
  const detail = (id: string) => {
    if (!details.has(id)) details.set(id, api.getFiling(id));
    return details.get(id)!;
  };
  const granted = (p: ProgramParams, meta: FilingMeta) =>
    p.zuschuesse.find((z) => z.traegerId === meta.traegerId && z.districtId === meta.districtId)?.betrag ??
    null;
  const stored = (p: ProgramParams | undefined, s: FilingSummary): OverviewItem => ({
    filingId: s.filingId,
    kind: s.kind,
    meta: s.meta,
    status: s.status,
    version: s.latestVersion,
    dueDate: s.dueDate,
    overdue: s.overdue,
    findingCounts: s.findingCounts,
    amounts: s.amounts ?? null,
    zuschussBewilligt: p ? granted(p, s.meta) : null,
  });
  const missing = (p: ProgramParams, m: MissingFiling): OverviewItem => ({
    ...m,
    status: null,
    version: null,
    findingCounts: null,
    amounts: null,
    zuschussBewilligt: granted(p, m.meta),
  });

  return {
    programmeId,
    year,
    overview: async function* () {
      const [l, p] = await Promise.all([list(year), params]);
      yield byOverviewOrder([...l.items.map((s) => stored(p, s)), ...l.missing.map((m) => missing(p, m))]);
    },
    previousYear: async function* () {
      // A year before the first one has no list: the comparison then stays empty.
      const before = await list(year - 1).catch(() => undefined);
      if (before)
        yield byOverviewOrder(
          before.items.filter((s) => s.kind === "jahresbericht").map((s) => stored(undefined, s)),
        );
    },
    contents: async function* ({ kind, comments }) {
      const heads = byOverviewOrder((await list(year)).items.filter((s) => !kind || s.kind === kind));
      for (let i = 0; i < heads.length; i += PAGE) {
        const page = await Promise.all(heads.slice(i, i + PAGE).map((h) => detail(h.filingId)));
        yield page.map((d): ContentItem => ({
          filingId: d.filing.filingId,
          version: d.latest.version,
          filing: d.latest.content,
          findings: d.latest.findings,
          comments: comments ? d.comments.map(toCommentItem) : [],
        }));
      }
    },
  };
};
