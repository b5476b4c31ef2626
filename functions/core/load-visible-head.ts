import type { FilingHead } from "../store/records";
import { NotFoundError } from "./errors";
import type { Principal } from "./principal";
import type { ServiceDeps } from "./service-deps";

/** A Träger sees only its own filings; another Träger's filing is "not found", never forbidden. */
export const canSee = (principal: Principal, head: Pick<FilingHead, "meta">): boolean =>
  principal.role !== "traeger" || head.meta.traegerId === principal.traegerId;

export const loadVisibleHead = async (
  principal: Principal,
  filingId: string,
  deps: Pick<ServiceDeps, "store">,
): Promise<FilingHead> => {
  const head = await deps.store.getHead(filingId);
  if (!head || !canSee(principal, head)) throw new NotFoundError();
  return head;
};
