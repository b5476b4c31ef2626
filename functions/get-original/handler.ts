import { getOriginal } from "../core/get-original";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { binary } from "../http/json";

/** GET /filings/{id}/versions/{version}/original – the file exactly as it was submitted. */
export const handler = defineHandler("getOriginal", async ({ path: { id, version }, principal, note }) => {
  note({ filingId: id, version });
  const original = await getOriginal(principal, id, version, getDeps());
  return binary(200, original.bytes, original.mediaType, {
    "content-disposition": `attachment; filename="${original.filename}"`,
    "x-content-sha256": original.sha256,
  });
});
