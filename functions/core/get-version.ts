import type { VersionRecord } from "../store/records";
import { NotFoundError } from "./errors";
import { loadVisibleHead } from "./load-visible-head";
import type { Principal } from "./principal";
import type { ServiceDeps } from "./service-deps";

/** One stored version with content and findings, exactly as it was submitted. */
export const getVersion = async (
  principal: Principal,
  filingId: string,
  version: number,
  deps: ServiceDeps,
): Promise<VersionRecord> => {
  const head = await loadVisibleHead(principal, filingId, deps);
  const record =
    Number.isInteger(version) && version >= 1 && version <= head.latestVersion
      ? await deps.store.getVersion(filingId, version)
      : undefined;
  if (!record) throw new NotFoundError(`Version ${version} dieses Vorgangs gibt es nicht.`);
  return record;
};
