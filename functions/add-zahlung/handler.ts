import { programmeYearPathSchema } from "../../shared/api/edge-schemas";
import { zahlungRequestSchema } from "../../shared/api/pruefung-schemas";
import { addZahlung } from "../core/zahlungen";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";
import { parseJsonBody, parsePath } from "../http/read-request";

/** POST /programmes/{programmeId}/zahlungen/{year} – Auszahlung, Festsetzung or Zahlungseingang. */
export const handler = defineHandler("addZahlung", async ({ event, principal, note }) => {
  const at = parsePath(event, programmeYearPathSchema);
  const request = parseJsonBody(event, zahlungRequestSchema);
  note({ year: at.year });
  return json(201, await addZahlung(principal, at, request, getDeps()));
});
