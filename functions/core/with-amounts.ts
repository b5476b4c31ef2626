import { filingAmounts } from "../../shared/consolidate/filing-amounts";
import type { FilingHead } from "../../shared/api/records";
import type { ServiceDeps } from "./service-deps";

/**
 * Heads with their amounts. A head stored before heads carried amounts gets them from its latest
 * version (one batch read for all such heads of a page) and keeps them: the upgrade is written back,
 * so every head is read this way at most once.
 */
export const withAmounts = async (
  heads: readonly FilingHead[],
  deps: Pick<ServiceDeps, "store">,
): Promise<FilingHead[]> => {
  const lacking = heads.filter((h) => !h.amounts);
  if (lacking.length === 0) return [...heads];
  const versions = await deps.store.getVersions(
    lacking.map((h) => ({ filingId: h.filingId, version: h.latestVersion })),
  );
  const computed = new Map(versions.map((v) => [v.filingId, filingAmounts(v.content)]));
  await Promise.all(
    lacking.flatMap((h) => {
      const amounts = computed.get(h.filingId);
      return amounts ? [deps.store.setHeadAmounts(h.filingId, h.latestVersion, amounts)] : [];
    }),
  );
  return heads.map((h) => (h.amounts ? h : { ...h, amounts: computed.get(h.filingId) }));
};
