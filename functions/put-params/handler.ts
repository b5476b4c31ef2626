import { programmeYearPathSchema } from "../../shared/api/edge-schemas";
import { programParamsSchema } from "../../shared/programme/program-params";
import { putParams } from "../core/put-params";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";
import { parseJsonBody, parsePath } from "../http/read-request";
import { badRequest } from "../http/request-error";

/**
 * PUT /programmes/{programmeId}/params/{year} – stores the year's parameters as a new version (the
 * service checks the role).
 */
export const handler = defineHandler("putParams", async ({ event, principal, note }) => {
  const { programmeId, year } = parsePath(event, programmeYearPathSchema);
  const params = parseJsonBody(event, programParamsSchema);
  if (params.year !== year || params.programmeId !== programmeId)
    throw badRequest(
      `Programm und Jahr im Inhalt (${params.programmeId} ${params.year}) passen nicht zum Pfad (${programmeId} ${year}).`,
    );
  note({ year });
  return json(200, await putParams(principal, params, getDeps()));
});
