import { programmeYearPathSchema } from "../../shared/api/edge-schemas";
import { getParams } from "../core/get-params";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";
import { parsePath } from "../http/read-request";

/** GET /programmes/{programmeId}/params/{year} – every signed-in role may read them. */
export const handler = defineHandler("getParams", async ({ event, note }) => {
  const at = parsePath(event, programmeYearPathSchema);
  note({ year: at.year });
  return json(200, await getParams(at, getDeps()));
});
