import { parseFilingKey, type FilingKind, type FilingMeta } from "../../shared/filing/filing";
import { findProgramme } from "../../shared/programme/programmes";
import { ForbiddenError, NotFoundError } from "./errors";
import type { Principal } from "./principal";

const NO_DRAFT = "Für diesen Vorgang ist kein Entwurf gespeichert.";

/**
 * Whose draft an id names, read from the id itself: saveDraft stores a draft only under the key its
 * own content makes, so the Träger in the key is the owner. Deciding here – before the store is
 * asked – gives "another Träger's draft" and "no draft" the same answer after the same work (none):
 * no read, no decompression, nothing to time. Saving under another Träger's id is refused outright
 * (`foreign`); reading it is "not found".
 */
export const requireOwnDraftKey = (
  principal: Principal,
  filingId: string,
  messages: { notTraeger: string; foreign?: string },
): { kind: FilingKind } & FilingMeta => {
  if (principal.role !== "traeger" || !principal.traegerId) throw new ForbiddenError(messages.notTraeger);
  const key = parseFilingKey(filingId);
  if (key && key.traegerId !== principal.traegerId)
    throw messages.foreign ? new ForbiddenError(messages.foreign) : new NotFoundError(NO_DRAFT);
  if (!key || !findProgramme(key.programmeId)) throw new NotFoundError(NO_DRAFT);
  return key;
};
