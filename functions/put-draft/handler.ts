import { saveDraft } from "../core/save-draft";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";

/** PUT /drafts/{id} {content} – saves (replaces) the Träger's draft; nothing is submitted. */
export const handler = defineHandler("putDraft", async ({ path: { id }, body, principal, note }) => {
  note({ filingId: id });
  // The body is parsed only once the id passed the owner and assignment checks.
  const readContent = () => body().content;
  return json(200, await saveDraft(principal, id, readContent, getDeps()));
});
