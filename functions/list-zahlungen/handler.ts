import { programmeYearPathSchema } from "../../shared/api/edge-schemas";
import { zahlungenListQuerySchema } from "../../shared/api/pruefung-schemas";
import { listZahlungen } from "../core/zahlungen";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";
import { parsePath, parseQuery } from "../http/read-request";

/** GET /programmes/{programmeId}/zahlungen/{year}?traeger=&district= – a Träger sees only its own. */
export const handler = defineHandler("listZahlungen", async ({ event, principal, note }) => {
  const at = parsePath(event, programmeYearPathSchema);
  const query = parseQuery(event, zahlungenListQuerySchema);
  const result = await listZahlungen(principal, at, query, getDeps());
  note({ year: at.year, items: result.eintraege.length });
  return json(200, result);
});
