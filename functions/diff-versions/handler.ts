import { diffVersions } from "../core/diff-versions";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";

/** GET /filings/{id}/diff?from=1&to=2 – what changed between two versions, field by field. */
export const handler = defineHandler(
  "diffVersions",
  async ({ path: { id }, query: { from, to }, principal, note }) => {
    note({ filingId: id });
    const diff = await diffVersions(principal, id, from, to, getDeps());
    note({ changes: diff.changes.length });
    return json(200, diff);
  },
);
