import { getConsolidatedWorkbook } from "../core/get-consolidated-workbook";
import { getDeps, getPublicAppUrl } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { XLSX_MEDIA_TYPE } from "../../shared/api/edge-schemas";
import { binary } from "../http/json";
import { linkBase } from "../http/link-base";

/** GET /programmes/{programmeId}/consolidated/{year} – the year's consolidated workbook as .xlsx. */
export const handler = defineHandler(
  "getConsolidatedWorkbook",
  async ({ path: { programmeId, year }, principal, note }) => {
    note({ year });
    const workbook = await getConsolidatedWorkbook(
      principal,
      { programmeId, year },
      linkBase(getPublicAppUrl()),
      getDeps(),
    );
    return binary(200, workbook.body, XLSX_MEDIA_TYPE, {
      "content-disposition": `attachment; filename="${workbook.filename}"`,
    });
  },
);
