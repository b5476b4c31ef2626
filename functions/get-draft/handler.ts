import { filingPathSchema } from "../../shared/api/edge-schemas";
import { getDraft } from "../core/get-draft";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";
import { parsePath } from "../http/read-request";

/** GET /drafts/{id} – the Träger's own saved draft. */
export const handler = defineHandler("getDraft", async ({ event, principal, note }) => {
  const { id } = parsePath(event, filingPathSchema);
  note({ filingId: id });
  return json(200, await getDraft(principal, id, getDeps()));
});
