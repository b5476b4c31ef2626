import { addZahlung } from "../core/zahlungen";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";

/** POST /programmes/{programmeId}/zahlungen/{year} – Auszahlung, Festsetzung or Zahlungseingang. */
export const handler = defineHandler("addZahlung", async ({ path: at, body, principal, note }) => {
  const request = body();
  note({ year: at.year });
  return json(201, await addZahlung(principal, at, request, getDeps()));
});
