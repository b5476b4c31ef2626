import { uploadAttachment } from "../core/upload-attachment";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";
import { readBody, readContentType } from "../http/read-request";

/** POST /filings/{id}/versions/{version}/attachments?kind=unterschrift|beleg&belegnr= – the body is the file itself. */
export const handler = defineHandler(
  "uploadAttachment",
  async ({ event, path: { id, version }, query: { kind, belegnr }, principal, note }) => {
    note({ filingId: id, version });
    const upload = { kind, belegnr, bytes: readBody(event), declaredType: readContentType(event) };
    return json(201, await uploadAttachment(principal, id, version, upload, getDeps()));
  },
);
