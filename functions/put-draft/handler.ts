import { draftRequestSchema } from "../../shared/api/api-schemas";
import { filingPathSchema } from "../../shared/api/edge-schemas";
import { saveDraft } from "../core/save-draft";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";
import { parseJsonBody, parsePath } from "../http/read-request";

/** PUT /drafts/{id} {content} – saves (replaces) the Träger's draft; nothing is submitted. */
export const handler = defineHandler("putDraft", async ({ event, principal, note }) => {
  const { id } = parsePath(event, filingPathSchema);
  note({ filingId: id });
  // The body is parsed only once the id passed the owner and assignment checks.
  const readContent = () => parseJsonBody(event, draftRequestSchema).content;
  return json(200, await saveDraft(principal, id, readContent, getDeps()));
});
