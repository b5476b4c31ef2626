import { getReceipt } from "../core/get-receipt";
import { getDeps, getPdfRenderer } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { PDF_MEDIA_TYPE } from "../../shared/api/edge-schemas";
import { binary } from "../http/json";
import { pdfmakeRenderer } from "../render/pdfmake-renderer";

/** GET /filings/{id}/versions/{version}/receipt – the Eingangsbestätigung to sign, as PDF. */
export const handler = defineHandler("getReceipt", async ({ path: { id, version }, principal, note }) => {
  note({ filingId: id, version });
  const pdf = await getReceipt(principal, id, version, getDeps(), getPdfRenderer(pdfmakeRenderer));
  return binary(200, pdf.body, PDF_MEDIA_TYPE, {
    "content-disposition": `attachment; filename="${pdf.filename}"`,
  });
});
