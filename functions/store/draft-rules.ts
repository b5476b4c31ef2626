import type { DraftRecord } from "../../shared/api/records";
import { BadRequestError, ConflictError } from "../core/errors";
import { encodeContent } from "./version-content";

/** A draft's content, gzipped like a version; a draft lives in one item, so it is never chunked. */
export const encodeDraft = (draft: DraftRecord): Uint8Array => {
  const encoded = encodeContent({ content: draft.content });
  if (!encoded.inline)
    throw new BadRequestError("Der Entwurf ist zu groß zum Speichern (komprimiert über 300 KB).");
  return encoded.inline;
};

/** A draft is overwritten only by the Träger who saved it. */
export const foreignDraftConflict = () =>
  new ConflictError("Unter dieser Kennung liegt der Entwurf eines anderen Trägers.");
