import { diffFilings } from "../../shared/filing/diff-filings";
import type { DiffResponse } from "../../shared/api/api-schemas";
import { loadVersion } from "./get-version";
import { loadVisibleHead } from "./load-visible-head";
import type { Principal } from "./principal";
import type { ServiceDeps } from "./service-deps";

/** Field-by-field changes from version `from` to version `to` of one filing. */
export const diffVersions = async (
  principal: Principal,
  filingId: string,
  from: number,
  to: number,
  deps: ServiceDeps,
): Promise<DiffResponse> => {
  // One visibility check (head read, and for a Tandem partner the year's parameters) for both versions.
  const head = await loadVisibleHead(principal, filingId, deps);
  const [a, b] = await Promise.all([loadVersion(head, from, deps), loadVersion(head, to, deps)]);
  return { filingId, from, to, changes: diffFilings(a.content, b.content) };
};
