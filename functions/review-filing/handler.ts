import { reviewRequestSchema } from "../../shared/api/api-schemas";
import { reviewFiling } from "../core/review-filing";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { filingPathSchema } from "../../shared/api/edge-schemas";
import { json } from "../http/json";
import { parseJsonBody, parsePath } from "../http/read-request";

/** POST /filings/{id}/review {action, expectedVersion, comments} – one step of the lifecycle. */
export const handler = defineHandler("reviewFiling", async ({ event, principal, note }) => {
  const { id } = parsePath(event, filingPathSchema);
  const request = parseJsonBody(event, reviewRequestSchema);
  note({ filingId: id, action: request.action });
  const result = await reviewFiling(principal, id, request, getDeps());
  note({ version: result.version });
  return json(200, result);
});
