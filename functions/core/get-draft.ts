import type { DraftRecord } from "../../shared/api/records";
import { parseFilingKey } from "../../shared/filing/filing";
import { ForbiddenError, NotFoundError } from "./errors";
import type { Principal } from "./principal";
import { inProgramme } from "./programme-access";
import type { ServiceDeps } from "./service-deps";

/** The Träger's own draft; the city never sees drafts, another Träger gets "not found". */
export const getDraft = async (
  principal: Principal,
  filingId: string,
  deps: Pick<ServiceDeps, "store">,
): Promise<DraftRecord> => {
  if (principal.role !== "traeger") throw new ForbiddenError("Entwürfe sieht nur der Träger selbst.");
  // Another programme's draft (`awo` there is another Träger) is "not found", decided from the key.
  const programmeId = parseFilingKey(filingId)?.programmeId;
  if (programmeId !== undefined && !inProgramme(principal, programmeId))
    throw new NotFoundError("Für diesen Vorgang ist kein Entwurf gespeichert.");
  const found = await deps.store.getDraft(filingId);
  if (!found || found.traegerId !== principal.traegerId)
    throw new NotFoundError("Für diesen Vorgang ist kein Entwurf gespeichert.");
  return found.draft;
};
