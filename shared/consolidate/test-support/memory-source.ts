import type { Filing } from "../../filing/filing";
import { filingKey } from "../../filing/filing";
import type { ConsolidationSource } from "../consolidation-source";
import type { ContentItem, OverviewItem } from "../consolidation-items";
import { filingAmounts } from "../filing-amounts";

/** Overview item of a stored filing, as the API would build it from its head. */
export const storedItem = (filing: Filing, version = 1): OverviewItem => ({
  filingId: filingKey(filing.kind, filing.meta),
  kind: filing.kind,
  meta: filing.meta,
  status: "eingereicht",
  version,
  dueDate:
    filing.kind === "verwendungsnachweis" ? `${filing.meta.year + 1}-06-30` : `${filing.meta.year}-12-31`,
  overdue: false,
  findingCounts: { fehler: 0, warnung: 0, hinweis: 0 },
  amounts: filingAmounts(filing),
  zuschussBewilligt: null,
});

/** A source over filings in memory, pages of `pageSize` – for tests of the sheets and writers. */
export const memorySource = (
  filings: readonly Filing[],
  {
    previous = [],
    missing = [],
    pageSize = 3,
  }: { previous?: readonly Filing[]; missing?: OverviewItem[]; pageSize?: number } = {},
): ConsolidationSource => {
  const pages = <T>(items: readonly T[]) =>
    (async function* () {
      for (let i = 0; i < items.length; i += pageSize) yield items.slice(i, i + pageSize);
    })();
  const content = (f: Filing): ContentItem => ({
    filingId: filingKey(f.kind, f.meta),
    version: 1,
    filing: f,
    findings: [],
    comments: [],
  });
  return {
    programmeId: filings[0]?.meta.programmeId ?? "stadtteilmanagement",
    year: filings[0]?.meta.year ?? 2025,
    overview: () => pages([...filings.map((f) => storedItem(f)), ...missing]),
    previousYear: () => pages(previous.map((f) => storedItem(f))),
    contents: ({ kind }) => pages(filings.filter((f) => kind === undefined || f.kind === kind).map(content)),
  };
};
