import type { DraftRecord } from "../../shared/api/records";
import { filingKey, type Filing } from "../../shared/filing/filing";
import { BadRequestError, ForbiddenError } from "./errors";
import { getParams } from "./get-params";
import type { Principal } from "./principal";
import { requireAssignment, requireProgrammeTraeger } from "./require-assignment";
import { requireOwnDraftKey } from "./require-draft-access";
import type { ServiceDeps } from "./service-deps";

/**
 * "Entwurf speichern": keeps the Träger's current workbook content under the filing's id, so it can
 * be picked up on another machine. No rule runs (a draft may be half done) and nothing is
 * submitted: no version, no audit entry, no status, never in a list. Like a submission, only for a
 * known programme and a district assigned to the Träger – checked from the id before `readContent`
 * parses the body, so a refused request costs no parse.
 */
export const saveDraft = async (
  principal: Principal,
  filingId: string,
  readContent: () => Filing,
  deps: ServiceDeps,
): Promise<DraftRecord> => {
  const key = requireOwnDraftKey(principal, filingId, {
    notTraeger: "Entwürfe speichern nur Träger, jeweils für sich selbst.",
    foreign: "Entwürfe können nur für den eigenen Träger gespeichert werden.",
  });
  // The same Träger id in another programme is another Träger (checked with the programme).
  requireProgrammeTraeger(key, principal);
  requireAssignment(key, await getParams(key, deps));
  const content = readContent();
  if (content.meta.traegerId !== principal.traegerId)
    throw new ForbiddenError("Entwürfe können nur für den eigenen Träger gespeichert werden.");
  const id = filingKey(content.kind, content.meta);
  if (id !== filingId)
    throw new BadRequestError(`Der Entwurf gehört zum Vorgang ${id}, nicht zu ${filingId}.`);
  const draft: DraftRecord = {
    filingId,
    content,
    savedAt: deps.clock().toISOString(),
    savedBy: { sub: principal.sub, name: principal.name },
  };
  return deps.store.putDraft(draft, key.traegerId);
};
