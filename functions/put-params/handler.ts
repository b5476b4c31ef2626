import { programParamsSchema } from "../../shared/filing/program-params";
import { putParams } from "../core/put-params";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { yearPathSchema } from "../../shared/api/edge-schemas";
import { json } from "../http/json";
import { parseJsonBody, parsePath } from "../http/read-request";
import { badRequest } from "../http/request-error";

/** PUT /params/{year} – stores the year's parameters as a new version (the service checks the role). */
export const handler = defineHandler("putParams", async ({ event, principal, note }) => {
  const { year } = parsePath(event, yearPathSchema);
  const params = parseJsonBody(event, programParamsSchema);
  if (params.year !== year)
    throw badRequest(`Das Jahr im Inhalt (${params.year}) passt nicht zum Jahr im Pfad (${year}).`);
  note({ year });
  return json(200, await putParams(principal, params, getDeps()));
});
