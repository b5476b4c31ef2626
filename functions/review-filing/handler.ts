import { reviewFiling } from "../core/review-filing";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";

/** POST /filings/{id}/review {action, expectedVersion, comments} – one step of the lifecycle. */
export const handler = defineHandler("reviewFiling", async ({ path: { id }, body, principal, note }) => {
  const request = body();
  note({ filingId: id, action: request.action });
  const result = await reviewFiling(principal, id, request, getDeps());
  note({ version: result.version });
  return json(200, result);
});
