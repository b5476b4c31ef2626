import { getAttachment } from "../core/list-attachments";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { ATTACHMENT_EXTENSIONS } from "../../shared/domain/sniff-media-type";
import { binary } from "../http/json";

/** GET /filings/{id}/versions/{version}/attachments/{attachmentId} – the file as uploaded. */
export const handler = defineHandler(
  "getAttachment",
  async ({ path: { id, version, attachmentId }, principal, note }) => {
    note({ filingId: id, version });
    const { record, bytes } = await getAttachment(principal, id, version, attachmentId, getDeps());
    return binary(200, bytes, record.mediaType, {
      "content-disposition": `attachment; filename="${record.kind}-${id}-v${version}-${attachmentId}.${ATTACHMENT_EXTENSIONS[record.mediaType]}"`,
      "x-content-sha256": record.sha256,
    });
  },
);
