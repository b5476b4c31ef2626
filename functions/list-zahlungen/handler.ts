import { listZahlungen } from "../core/zahlungen";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";

/** GET /programmes/{programmeId}/zahlungen/{year}?traeger=&district= – a Träger sees only its own. */
export const handler = defineHandler("listZahlungen", async ({ path: at, query, principal, note }) => {
  const result = await listZahlungen(principal, at, query, getDeps());
  note({ year: at.year, items: result.eintraege.length });
  return json(200, result);
});
