import { filingKey } from "../filing/filing";
import { blankPersonalZeile, type Verwendungsnachweis } from "../filing/verwendungsnachweis";
import { defaultProgramParams } from "../programme/params-for-year";
import { withCurrentCrossCheck } from "../rules/cross-check-findings";
import type { ContentItem } from "./consolidation-items";
import type { ConsolidationSource } from "./consolidation-source";

/**
 * What of a Verwendungsnachweis the comparison with 3.1 reads (its totals), without the rows: the
 * consolidated build keeps one per district while it streams, so memory stays flat however long
 * the Personal table. A guard test holds the comparison on it equal to the one on the whole form.
 */
export const crossCheckBasis = (vn: Verwendungsnachweis): Verwendungsnachweis => ({
  ...vn,
  personal: {
    ...vn.personal,
    zeilen: [
      {
        ...(vn.personal.zeilen[0] ?? blankPersonalZeile()),
        personalkosten: vn.personal.zeilen.reduce((s, z) => s + (z.personalkosten ?? 0), 0),
      },
    ],
  },
  budget: { ...vn.budget, zeilen: [] },
});

/**
 * The source with each Jahresbericht's comparison (JB-RESSOURCEN-ABGLEICH) redone against the
 * *current* Verwendungsnachweis of the same Träger, district and year, so the „Befunde“ sheet shows
 * what a later Verwendungsnachweis version changed. The Verwendungsnachweise are read once, in a
 * pass of their own, the first time a page may hold a Jahresbericht. The comparison reads no
 * parameter of the year (its severity aside), so the programme's defaults serve.
 */
export const withCurrentCrossCheckSource = (source: ConsolidationSource): ConsolidationSource => {
  let partners: Promise<Map<string, Verwendungsnachweis>> | undefined;
  const readPartners = async () => {
    const map = new Map<string, Verwendungsnachweis>();
    for await (const page of source.contents({ kind: "verwendungsnachweis", comments: false }))
      for (const item of page)
        if (item.filing.kind === "verwendungsnachweis")
          map.set(filingKey("jahresbericht", item.filing.meta), crossCheckBasis(item.filing.data));
    return map;
  };
  const recheck = (item: ContentItem, map: Map<string, Verwendungsnachweis>): ContentItem =>
    item.filing.kind !== "jahresbericht"
      ? item
      : {
          ...item,
          findings: withCurrentCrossCheck(
            item.findings,
            item.filing,
            map.get(filingKey("jahresbericht", item.filing.meta)),
            defaultProgramParams(item.filing.meta),
          ),
        };
  return {
    ...source,
    overview: () => source.overview(),
    previousYear: () => source.previousYear(),
    contents: async function* (query) {
      if (query.kind === "verwendungsnachweis") {
        yield* source.contents(query);
        return;
      }
      const map = await (partners ??= readPartners());
      for await (const page of source.contents(query)) yield page.map((item) => recheck(item, map));
    },
  };
};
