import { listFilings } from "../core/list-filings";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { listQueryParamsSchema } from "../../shared/api/edge-schemas";
import { json } from "../http/json";
import { parseQuery } from "../http/read-request";

/** GET /filings?programme=&year=&status=&district=&kind= – a Träger sees only its own. */
export const handler = defineHandler("listFilings", async ({ event, principal, note }) => {
  const { programme, year, status, district, kind } = parseQuery(event, listQueryParamsSchema);
  const result = await listFilings(
    principal,
    { programmeId: programme, year, status, districtId: district, kind },
    getDeps(),
  );
  note({ year, items: result.items.length, missing: result.missing.length });
  return json(200, result);
});
