import type { ConsolidationSource } from "../consolidate/consolidation-source";
import { overviewOrderKey, toCommentItem, type ContentItem } from "../consolidate/consolidation-items";
import { pruefvermerkOf } from "../pruefung/pruefvermerk-of";
import type { ApiClient } from "./api-client";
import type { FilingDetail, ListResponse } from "./api-schemas";
import { missingOverviewItem, storedOverviewItem } from "./to-overview-item";

/** Filings fetched at once for the stacked sheets: a few requests in flight, never all of a year. */
export const API_CONSOLIDATION_PAGE_SIZE = 8;

const byOverviewOrder = <T extends Parameters<typeof overviewOrderKey>[0]>(items: T[]) =>
  items.sort((a, b) => (overviewOrderKey(a) < overviewOrderKey(b) ? -1 : 1));

/**
 * The consolidated workbook's data as the task pane gets it from the API: the list (heads with
 * amounts, due dates, missing districts) for the overview, each filing's latest version for the
 * stacked sheets. The same rows as the API's own build (store-consolidation-source), which maps the
 * same summaries through shared/api/to-overview-item.ts. Only Koordinierung and Leitung see every filing.
 */
export const apiConsolidationSource = (
  api: Pick<ApiClient, "listFilings" | "getParams" | "getFiling">,
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

  return {
    programmeId,
    year,
    overview: async function* () {
      const [l, p] = await Promise.all([list(year), params]);
      yield byOverviewOrder([
        ...l.items.map((s) => storedOverviewItem(s, p)),
        ...l.missing.map((m) => missingOverviewItem(m, p)),
      ]);
    },
    previousYear: async function* () {
      // A year before the first one has no list: the comparison then stays empty.
      const before = await list(year - 1).catch(() => undefined);
      if (before)
        yield byOverviewOrder(
          before.items.filter((s) => s.kind === "jahresbericht").map((s) => storedOverviewItem(s, undefined)),
        );
    },
    contents: async function* ({ kind, comments, pruefung }) {
      const finanzierungsart = pruefung ? (await params).finanzierungsart : undefined;
      const heads = byOverviewOrder((await list(year)).items.filter((s) => !kind || s.kind === kind));
      for (let i = 0; i < heads.length; i += API_CONSOLIDATION_PAGE_SIZE) {
        const page = await Promise.all(
          heads.slice(i, i + API_CONSOLIDATION_PAGE_SIZE).map((h) => detail(h.filingId)),
        );
        yield page.map((d): ContentItem => ({
          filingId: d.filing.filingId,
          version: d.latest.version,
          filing: d.latest.content,
          findings: d.latest.findings,
          comments: comments ? d.comments.map((c) => toCommentItem(d.filing.meta.programmeId, c)) : [],
          // The server computed the payments' state with the same zahlungsStand the API's build uses.
          ...(finanzierungsart &&
            d.zahlungen && {
              pruefung: {
                finanzierungsart,
                stand: d.zahlungen,
                pruefvermerk: pruefvermerkOf(d.audit, d.latest.version),
              },
            }),
        }));
      }
    },
  };
};
