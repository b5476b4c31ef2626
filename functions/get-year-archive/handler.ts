import { getDeps, getPdfRenderer } from "../http/context";
import { archiveResponse } from "../http/archive-response";
import { defineHandler } from "../http/define-handler";
import { pdfmakeRenderer } from "../render/pdfmake-renderer";

/** GET /programmes/{programmeId}/archive/{year} – every filing of the year as one zip. */
export const handler = defineHandler("getYearArchive", async ({ path: at, principal, note }) => {
  note({ year: at.year });
  const { files, ...result } = await archiveResponse(
    principal,
    at,
    getDeps(),
    getPdfRenderer(pdfmakeRenderer),
  );
  note({ items: files });
  return result;
});
