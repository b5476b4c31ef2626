import type { ProgramParams, ProgrammeYear } from "../../shared/programme/program-params";
import { getParams } from "./get-params";
import type { Principal } from "./principal";
import { requireProgrammeAccess } from "./programme-access";
import type { ServiceDeps } from "./service-deps";

/**
 * What a Träger may read of a year's parameters: caps, due dates and Zuordnungen (who runs which
 * district is public, and the Tandem check needs them) – but of the granted Zuschüsse and the
 * Ausnahmen only its own. Another Träger's grant is that Träger's contract, not this one's.
 */
export const paramsVisibleTo = (principal: Principal, params: ProgramParams): ProgramParams => {
  if (principal.role !== "traeger") return params;
  const own = (x: { traegerId: string }) => x.traegerId === principal.traegerId;
  return { ...params, zuschuesse: params.zuschuesse.filter(own), ausnahmen: params.ausnahmen.filter(own) };
};

/**
 * GET /programmes/{id}/params/{year}: staff of the programme read everything, its Träger their
 * share (filtered here, on the server), anyone of another programme gets 403.
 */
export const readParams = async (
  principal: Principal,
  at: ProgrammeYear,
  deps: Pick<ServiceDeps, "store">,
): Promise<ProgramParams> => {
  requireProgrammeAccess(principal, at.programmeId);
  return paramsVisibleTo(principal, await getParams(at, deps));
};
