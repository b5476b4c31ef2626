import { getVersion } from "../core/get-version";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { versionPathSchema } from "../../shared/api/edge-schemas";
import { json } from "../http/json";
import { parsePath } from "../http/read-request";

/** GET /filings/{id}/versions/{version} – one immutable submission. */
export const handler = defineHandler("getVersion", async ({ event, principal, note }) => {
  const { id, version } = parsePath(event, versionPathSchema);
  note({ filingId: id, version });
  return json(200, await getVersion(principal, id, version, getDeps()));
});
