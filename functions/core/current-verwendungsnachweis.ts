import { filingKey, type FilingMeta } from "../../shared/filing/filing";
import type { Verwendungsnachweis } from "../../shared/filing/verwendungsnachweis";
import type { ServiceDeps } from "./service-deps";

/**
 * The *current* stored Verwendungsnachweis of a Träger, district and year (its latest version), or
 * undefined where none is stored: what a Jahresbericht is compared with after its own submit, so a
 * later Verwendungsnachweis version re-flags (or clears) the 3.1 comparison.
 */
export const currentVerwendungsnachweis = async (
  meta: FilingMeta,
  deps: Pick<ServiceDeps, "store">,
): Promise<Verwendungsnachweis | undefined> => {
  const filingId = filingKey("verwendungsnachweis", meta);
  const head = await deps.store.getHead(filingId);
  if (!head) return undefined;
  const version = await deps.store.getVersion(filingId, head.latestVersion);
  return version?.content.kind === "verwendungsnachweis" ? version.content.data : undefined;
};
