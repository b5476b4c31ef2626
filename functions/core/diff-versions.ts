import { diffFilings } from "../../shared/filing/diff-filings";
import type { DiffResponse } from "./api-schemas";
import { getVersion } from "./get-version";
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
  const [a, b] = await Promise.all([
    getVersion(principal, filingId, from, deps),
    getVersion(principal, filingId, to, deps),
  ]);
  return { filingId, from, to, changes: diffFilings(a.content, b.content) };
};
