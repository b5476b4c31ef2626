import { filingAmounts } from "../../shared/consolidate/filing-amounts";
import type { FilingHead } from "../../shared/api/records";
import type { ServiceDeps } from "./service-deps";

/**
 * Heads with their amounts. A head stored before heads carried amounts gets them from its latest
 * version (one batch read for all such heads of a page) – an upgrade on read like every stored
 * record's (stored-records.ts): nothing stored is rewritten, and GET routes stay read-only. Its next
 * submission writes amounts onto the head.
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
  return heads.map((h) => (h.amounts ? h : { ...h, amounts: computed.get(h.filingId) }));
};
