import type { DraftRecord } from "../../shared/api/records";
import { NotFoundError } from "./errors";
import type { Principal } from "./principal";
import { inProgramme } from "./programme-access";
import { requireOwnDraftKey } from "./require-draft-access";
import type { ServiceDeps } from "./service-deps";

/** The Träger's own draft; the city never sees drafts, another Träger gets "not found". */
export const getDraft = async (
  principal: Principal,
  filingId: string,
  deps: Pick<ServiceDeps, "store">,
): Promise<DraftRecord> => {
  const key = requireOwnDraftKey(principal, filingId, {
    notTraeger: "Entwürfe sieht nur der Träger selbst.",
  });
  // Another programme's draft (`awo` there is another Träger) is "not found", decided from the key.
  if (!inProgramme(principal, key.programmeId))
    throw new NotFoundError("Für diesen Vorgang ist kein Entwurf gespeichert.");
  const draft = await deps.store.getDraft(filingId, key.traegerId);
  if (!draft) throw new NotFoundError("Für diesen Vorgang ist kein Entwurf gespeichert.");
  return draft;
};
