import { getFilingWorkbook } from "../core/get-filing-workbook";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { filingPathSchema, workbookQuerySchema, XLSX_MEDIA_TYPE } from "../../shared/api/edge-schemas";
import { binary } from "../http/json";
import { parsePath, parseQuery } from "../http/read-request";

/** GET /filings/{id}/workbook?version=n – a stored version (default: the latest) as .xlsx. */
export const handler = defineHandler("getFilingWorkbook", async ({ event, principal, note }) => {
  const { id } = parsePath(event, filingPathSchema);
  const { version } = parseQuery(event, workbookQuerySchema);
  note({ filingId: id });
  const workbook = await getFilingWorkbook(principal, id, version, getDeps());
  note({ version: workbook.version });
  return binary(200, workbook.body, XLSX_MEDIA_TYPE, {
    "content-disposition": `attachment; filename="${workbook.filename}"`,
  });
});
