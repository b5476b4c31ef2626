import { getFilingWorkbook } from "../core/get-filing-workbook";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { XLSX_MEDIA_TYPE } from "../../shared/api/edge-schemas";
import { binary } from "../http/json";

/** GET /filings/{id}/workbook?version=n – a stored version (default: the latest) as .xlsx. */
export const handler = defineHandler(
  "getFilingWorkbook",
  async ({ path: { id }, query: { version }, principal, note }) => {
    note({ filingId: id });
    const workbook = await getFilingWorkbook(principal, id, version, getDeps());
    note({ version: workbook.version });
    return binary(200, workbook.body, XLSX_MEDIA_TYPE, {
      "content-disposition": `attachment; filename="${workbook.filename}"`,
    });
  },
);
