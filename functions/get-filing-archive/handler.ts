import { getDeps, getPdfRenderer } from "../http/context";
import { archiveResponse } from "../http/archive-response";
import { defineHandler } from "../http/define-handler";
import { pdfmakeRenderer } from "../render/pdfmake-renderer";

/** GET /filings/{id}/archive – one filing with all its versions as a zip. */
export const handler = defineHandler("getFilingArchive", async ({ path: { id }, principal, note }) => {
  note({ filingId: id });
  const { files, ...result } = await archiveResponse(
    principal,
    { filingId: id },
    getDeps(),
    getPdfRenderer(pdfmakeRenderer),
  );
  note({ items: files });
  return result;
});
