import { getFiling } from "../core/get-filing";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";

/** GET /filings/{id} – the filing with its latest version, versions, audit trail and comments. */
export const handler = defineHandler("getFiling", async ({ path: { id }, principal, note }) => {
  note({ filingId: id });
  const detail = await getFiling(principal, id, getDeps());
  note({ version: detail.latest.version });
  return json(200, detail);
});
