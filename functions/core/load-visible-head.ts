import { formOf } from "../../shared/filing/forms";
import type { ProgramParams } from "../../shared/programme/program-params";
import type { FilingHead } from "../../shared/api/records";
import { parseFilingKey } from "../../shared/filing/filing";
import { findProgramme } from "../../shared/programme/programmes";
import { NotFoundError } from "./errors";
import { getParams } from "./get-params";
import type { Principal } from "./principal";
import { inProgramme } from "./programme-access";
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

/**
 * Only filings of the caller's programmes, and of those a Träger sees only its own (and its Tandem's
 * Jahresbericht); anything else is "not found". The programme comes first: `awo` of another
 * programme is another Träger.
 */
export const canSee = (principal: Principal, head: Visible, params?: ProgramParams): boolean =>
  inProgramme(principal, head.meta.programmeId) &&
  (principal.role !== "traeger" ||
    head.meta.traegerId === principal.traegerId ||
    (params !== undefined && isTandemPartner(principal, head, params)));

/**
 * The head the caller may see, with the year's parameters for a Träger. A Träger's request loads
 * the parameters (for the Tandem check) whether the filing exists, is its own or someone else's, in
 * parallel with the head: "not yours" and "not found" take the same path, the same time and the
 * same answer, so neither timing nor text tells whether another Träger's filing exists. Another
 * programme's filing takes that path too (the store is read, then "not found").
 */
export const loadVisible = async (
  principal: Principal,
  filingId: string,
  deps: Pick<ServiceDeps, "store">,
): Promise<{ head: FilingHead; params?: ProgramParams }> => {
  const key = parseFilingKey(filingId);
  if (!key || !findProgramme(key.programmeId)) throw new NotFoundError();
  const [head, params] = await Promise.all([
    deps.store.getHead(filingId),
    principal.role === "traeger" ? getParams(key, deps) : undefined,
  ]);
  if (!head || !canSee(principal, head, params)) throw new NotFoundError();
  return params ? { head, params } : { head };
};

export const loadVisibleHead = async (
  principal: Principal,
  filingId: string,
  deps: Pick<ServiceDeps, "store">,
): Promise<FilingHead> => (await loadVisible(principal, filingId, deps)).head;
