import { readParams } from "../core/read-params";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";

/**
 * GET /programmes/{programmeId}/params/{year} – staff of the programme read all, its Träger only
 * their own Zuschüsse and Ausnahmen; another programme's login gets 403.
 */
export const handler = defineHandler("getParams", async ({ path: at, principal, note }) => {
  note({ year: at.year });
  return json(200, await readParams(principal, at, getDeps()));
});
