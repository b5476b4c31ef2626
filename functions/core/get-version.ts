import type { FilingHead, VersionRecord } from "../../shared/api/records";
import { NotFoundError } from "./errors";
import { loadVisibleHead } from "./load-visible-head";
import type { Principal } from "./principal";
import type { ServiceDeps } from "./service-deps";

/** Version `version` of a filing whose head the caller may see; NotFoundError when there is none. */
export const loadVersion = async (
  head: FilingHead,
  version: number,
  deps: Pick<ServiceDeps, "store">,
): Promise<VersionRecord> => {
  const record =
    Number.isInteger(version) && version >= 1 && version <= head.latestVersion
      ? await deps.store.getVersion(head.filingId, version)
      : undefined;
  if (!record) throw new NotFoundError(`Version ${version} dieses Vorgangs gibt es nicht.`);
  return record;
};

/** One stored version with content and findings, exactly as it was submitted. */
export const getVersion = async (
  principal: Principal,
  filingId: string,
  version: number,
  deps: ServiceDeps,
): Promise<VersionRecord> => loadVersion(await loadVisibleHead(principal, filingId, deps), version, deps);
