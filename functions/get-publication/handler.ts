import { getPublication } from "../core/get-publication";
import { getDeps, getPdfRenderer } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { PDF_MEDIA_TYPE } from "../../shared/api/edge-schemas";
import { binary } from "../http/json";
import { pdfmakeRenderer } from "../render/pdfmake-renderer";

/** GET /filings/{id}/publication – the latest Jahresbericht as a publishable PDF. */
export const handler = defineHandler("getPublication", async ({ path: { id }, principal, note }) => {
  note({ filingId: id });
  const pdf = await getPublication(principal, id, getDeps(), getPdfRenderer(pdfmakeRenderer));
  return binary(200, pdf.body, PDF_MEDIA_TYPE, {
    "content-disposition": `attachment; filename="${pdf.filename}"`,
  });
});
