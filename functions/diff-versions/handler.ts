import { diffVersions } from "../core/diff-versions";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { diffQuerySchema, filingPathSchema } from "../../shared/api/edge-schemas";
import { json } from "../http/json";
import { parsePath, parseQuery } from "../http/read-request";

/** GET /filings/{id}/diff?from=1&to=2 – what changed between two versions, field by field. */
export const handler = defineHandler("diffVersions", async ({ event, principal, note }) => {
  const { id } = parsePath(event, filingPathSchema);
  const { from, to } = parseQuery(event, diffQuerySchema);
  note({ filingId: id });
  const diff = await diffVersions(principal, id, from, to, getDeps());
  note({ changes: diff.changes.length });
  return json(200, diff);
});
