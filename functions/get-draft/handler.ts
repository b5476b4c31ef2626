import { getDraft } from "../core/get-draft";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";

/** GET /drafts/{id} – the Träger's own saved draft. */
export const handler = defineHandler("getDraft", async ({ path: { id }, principal, note }) => {
  note({ filingId: id });
  return json(200, await getDraft(principal, id, getDeps()));
});
