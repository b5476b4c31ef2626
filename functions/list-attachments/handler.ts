import { listAttachments } from "../core/list-attachments";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";

/** GET /filings/{id}/versions/{version}/attachments – records only, never the bytes. */
export const handler = defineHandler(
  "listAttachments",
  async ({ path: { id, version }, principal, note }) => {
    note({ filingId: id, version });
    const list = await listAttachments(principal, id, version, getDeps());
    note({ items: list.attachments.length });
    return json(200, list);
  },
);
