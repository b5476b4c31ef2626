import { listFilings } from "../core/list-filings";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";

/** GET /filings?programme=&year=&status=&district=&kind= – a Träger sees only its own. */
export const handler = defineHandler("listFilings", async ({ query, principal, note }) => {
  const { programme, year, status, district, kind } = query;
  const result = await listFilings(
    principal,
    { programmeId: programme, year, status, districtId: district, kind },
    getDeps(),
  );
  note({ year, items: result.items.length, missing: result.missing.length });
  return json(200, result);
});
