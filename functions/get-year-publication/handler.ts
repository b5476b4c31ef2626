import { getYearPublication } from "../core/get-publication";
import { getDeps, getPdfRenderer } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { PDF_MEDIA_TYPE } from "../../shared/api/edge-schemas";
import { binary } from "../http/json";
import { pdfmakeRenderer } from "../render/pdfmake-renderer";

/** GET /programmes/{programmeId}/publication/{year} – every district's Jahresbericht in one PDF. */
export const handler = defineHandler(
  "getYearPublication",
  async ({ path: { programmeId, year }, principal, note }) => {
    note({ year });
    const pdf = await getYearPublication(
      principal,
      { programmeId, year },
      getDeps(),
      getPdfRenderer(pdfmakeRenderer),
    );
    return binary(200, pdf.body, PDF_MEDIA_TYPE, {
      "content-disposition": `attachment; filename="${pdf.filename}"`,
    });
  },
);
