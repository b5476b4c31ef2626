import type { DraftRecord } from "../../shared/api/records";
import { filingKey, type Filing } from "../../shared/filing/filing";
import { BadRequestError, ForbiddenError } from "./errors";
import type { Principal } from "./principal";
import { inProgramme, programmeForbidden } from "./programme-access";
import type { ServiceDeps } from "./service-deps";

/**
 * "Entwurf speichern": keeps the Träger's current workbook content under the filing's id, so it can
 * be picked up on another machine. No rule runs (a draft may be half done) and nothing is
 * submitted: no version, no audit entry, no status, never in a list.
 */
export const saveDraft = async (
  principal: Principal,
  filingId: string,
  content: Filing,
  deps: ServiceDeps,
): Promise<DraftRecord> => {
  if (principal.role !== "traeger" || !principal.traegerId)
    throw new ForbiddenError("Entwürfe speichern nur Träger, jeweils für sich selbst.");
  if (content.meta.traegerId !== principal.traegerId)
    throw new ForbiddenError("Entwürfe können nur für den eigenen Träger gespeichert werden.");
  // The same Träger id in another programme is another Träger.
  if (!inProgramme(principal, content.meta.programmeId))
    throw programmeForbidden(principal, content.meta.programmeId);
  const id = filingKey(content.kind, content.meta);
  if (id !== filingId)
    throw new BadRequestError(`Der Entwurf gehört zum Vorgang ${id}, nicht zu ${filingId}.`);
  const draft: DraftRecord = {
    filingId,
    content,
    savedAt: deps.clock().toISOString(),
    savedBy: { sub: principal.sub, name: principal.name },
  };
  return deps.store.putDraft(draft, principal.traegerId);
};
