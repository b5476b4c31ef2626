import { redactFiling } from "../core/redact-filing";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";

/** POST /filings/{id}/redaction – Löschkonzept: names redacted after the Aufbewahrungsfrist. */
export const handler = defineHandler("redactFiling", async ({ path: { id }, body, principal, note }) => {
  body();
  note({ filingId: id });
  const result = await redactFiling(principal, id, getDeps());
  note({ items: result.versions.length });
  return json(200, result);
});
