import type { ConsolidationSource } from "../../shared/consolidate/consolidation-source";
import {
  toCommentItem,
  type ContentItem,
  type OverviewItem,
} from "../../shared/consolidate/consolidation-items";
import { missingOverviewItem, storedOverviewItem } from "../../shared/api/to-overview-item";
import type { FilingKind } from "../../shared/filing/filing";
import type { ProgramParams, ProgrammeYear } from "../../shared/programme/program-params";
import type { FilingHead } from "../../shared/api/records";
import { expectedFilings, type ExpectedFiling } from "./expected-filings";
import type { ServiceDeps } from "./service-deps";
import { toMissing, toSummary } from "./to-summary";
import { withAmounts } from "./with-amounts";
import { storePruefungItem } from "./store-pruefung-item";

/** Heads per page: one GSI query and one BatchGetItem of versions (at most 100 keys) per page. */
export const PAGE_SIZE = 100;

/** GSI1's sort key order (Träger, kind, district), so expected and stored filings merge in one pass. */
const orderKey = (x: Pick<ExpectedFiling, "kind" | "meta">) =>
  `${x.meta.traegerId}#${x.kind}#${x.meta.districtId}`;

async function* headPages(
  at: ProgrammeYear & { kind?: FilingKind },
  deps: Pick<ServiceDeps, "store">,
): AsyncGenerator<FilingHead[]> {
  let cursor: string | undefined;
  do {
    const page = await deps.store.listHeadsPage(at, { limit: PAGE_SIZE, ...(cursor && { cursor }) });
    if (page.heads.length) yield page.heads;
    cursor = page.cursor;
  } while (cursor);
}

/**
 * The consolidated workbook's data straight from the store, page by page: heads by GSI query,
 * their latest versions and audit trails by batch reads. Memory per page, not per year.
 */
export const storeConsolidationSource = (params: ProgramParams, deps: ServiceDeps): ConsolidationSource => {
  const at = { programmeId: params.programmeId, year: params.year };
  const now = deps.clock();
  const missingItem = (m: ExpectedFiling) => missingOverviewItem(toMissing(m, params, now), params);
  const storedItem = (h: FilingHead) => storedOverviewItem(toSummary(h, params, now), params);
  return {
    programmeId: at.programmeId,
    year: at.year,
    overview: async function* () {
      const expected = expectedFilings(params).sort((a, b) => (orderKey(a) < orderKey(b) ? -1 : 1));
      let e = 0;
      for await (const heads of headPages(at, deps)) {
        const page: OverviewItem[] = [];
        for (const head of await withAmounts(heads, deps)) {
          const key = orderKey(head);
          for (; e < expected.length && orderKey(expected[e]!) <= key; e++)
            if (orderKey(expected[e]!) !== key) page.push(missingItem(expected[e]!));
          page.push(storedItem(head));
        }
        yield page;
      }
      if (e < expected.length) yield expected.slice(e).map(missingItem);
    },
    previousYear: async function* () {
      const before = { ...at, year: at.year - 1, kind: "jahresbericht" as const };
      for await (const heads of headPages(before, deps))
        yield (await withAmounts(heads, deps)).map(storedItem);
    },
    contents: async function* ({ kind, comments, pruefung }) {
      // One read of the year's payment ledger serves every Verwendungsnachweis of the sheet.
      let ledger: ReturnType<typeof deps.store.listZahlungen> | undefined;
      for await (const heads of headPages({ ...at, ...(kind && { kind }) }, deps)) {
        const [versions, trails] = await Promise.all([
          deps.store.getVersions(heads.map((h) => ({ filingId: h.filingId, version: h.latestVersion }))),
          comments || pruefung ? deps.store.getAuditTrails(heads) : undefined,
        ]);
        const eintraege = pruefung ? await (ledger ??= deps.store.listZahlungen(at)) : undefined;
        yield versions.map((v): ContentItem => ({
          filingId: v.filingId,
          version: v.version,
          filing: v.content,
          findings: v.findings,
          comments: comments
            ? (trails?.get(v.filingId) ?? []).flatMap((entry) =>
                entry.comments.map((c) => toCommentItem(v.content.meta.programmeId, { ...entry, ...c })),
              )
            : [],
          ...(eintraege &&
            v.content.kind === "verwendungsnachweis" && {
              pruefung: storePruefungItem(v, trails?.get(v.filingId) ?? [], eintraege, params, now),
            }),
        }));
      }
    },
  };
};
