import { getParams } from "../core/get-params";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { yearPathSchema } from "../../shared/api/edge-schemas";
import { json } from "../http/json";
import { parsePath } from "../http/read-request";

/** GET /params/{year} – every signed-in role may read the year's program parameters. */
export const handler = defineHandler("getParams", async ({ event, note }) => {
  const { year } = parsePath(event, yearPathSchema);
  note({ year });
  return json(200, await getParams(year, getDeps()));
});
