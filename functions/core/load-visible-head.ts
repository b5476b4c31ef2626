import { formOf } from "../../shared/filing/forms";
import type { ProgramParams } from "../../shared/programme/program-params";
import type { FilingHead } from "../../shared/api/records";
import { NotFoundError } from "./errors";
import { getParams } from "./get-params";
import type { Principal } from "./principal";
import type { ServiceDeps } from "./service-deps";

type Visible = Pick<FilingHead, "kind" | "meta">;

/**
 * In a Tandem (e.g. Innenstadt: Träger and city) both may edit the district's Jahresbericht, so the
 * partner reads it too; only the Träger submits, and the Verwendungsnachweis stays the Träger's own.
 */
export const isTandemPartner = (principal: Principal, head: Visible, params: ProgramParams): boolean =>
  formOf(head.kind).readableByTandem &&
  principal.traegerId !== undefined &&
  params.zuordnungen.some(
    (z) =>
      z.districtId === head.meta.districtId &&
      z.traegerId === head.meta.traegerId &&
      z.tandem === principal.traegerId,
  );

/** A Träger sees only its own filings (and its Tandem's Jahresbericht); others are "not found". */
export const canSee = (principal: Principal, head: Visible, params?: ProgramParams): boolean =>
  principal.role !== "traeger" ||
  head.meta.traegerId === principal.traegerId ||
  (params !== undefined && isTandemPartner(principal, head, params));

/** The head the caller may see, with the year's parameters when the check had to load them. */
export const loadVisible = async (
  principal: Principal,
  filingId: string,
  deps: Pick<ServiceDeps, "store">,
): Promise<{ head: FilingHead; params?: ProgramParams }> => {
  const head = await deps.store.getHead(filingId);
  if (!head) throw new NotFoundError();
  if (canSee(principal, head)) return { head };
  // Only a Träger looking at someone else's filing needs the year's Zuordnungen (Tandem check).
  const params = await getParams(head.meta, deps);
  if (!canSee(principal, head, params)) throw new NotFoundError();
  return { head, params };
};

export const loadVisibleHead = async (
  principal: Principal,
  filingId: string,
  deps: Pick<ServiceDeps, "store">,
): Promise<FilingHead> => (await loadVisible(principal, filingId, deps)).head;
