import { putParams } from "../core/put-params";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";
import { badRequest } from "../http/request-error";

/**
 * PUT /programmes/{programmeId}/params/{year} – stores the year's parameters as a new version (the
 * service checks the role).
 */
export const handler = defineHandler(
  "putParams",
  async ({ path: { programmeId, year }, body, principal, note }) => {
    const params = body();
    if (params.year !== year || params.programmeId !== programmeId)
      throw badRequest(
        `Programm und Jahr im Inhalt (${params.programmeId} ${params.year}) passen nicht zum Pfad (${programmeId} ${year}).`,
      );
    note({ year });
    return json(200, await putParams(principal, params, getDeps()));
  },
);
