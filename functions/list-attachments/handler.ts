import { listAttachments } from "../core/list-attachments";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { versionPathSchema } from "../../shared/api/edge-schemas";
import { json } from "../http/json";
import { parsePath } from "../http/read-request";

/** GET /filings/{id}/versions/{version}/attachments – records only, never the bytes. */
export const handler = defineHandler("listAttachments", async ({ event, principal, note }) => {
  const { id, version } = parsePath(event, versionPathSchema);
  note({ filingId: id, version });
  const list = await listAttachments(principal, id, version, getDeps());
  note({ items: list.attachments.length });
  return json(200, list);
});
