import { getVersion } from "../core/get-version";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";

/** GET /filings/{id}/versions/{version} – one immutable submission. */
export const handler = defineHandler("getVersion", async ({ path: { id, version }, principal, note }) => {
  note({ filingId: id, version });
  return json(200, await getVersion(principal, id, version, getDeps()));
});
