import { redactFiling } from "../core/redact-filing";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { filingPathSchema } from "../../shared/api/edge-schemas";
import { redactionRequestSchema } from "../../shared/api/records-schemas";
import { json } from "../http/json";
import { parseJsonBody, parsePath } from "../http/read-request";

/** POST /filings/{id}/redaction – Löschkonzept: names redacted after the Aufbewahrungsfrist. */
export const handler = defineHandler("redactFiling", async ({ event, principal, note }) => {
  const { id } = parsePath(event, filingPathSchema);
  parseJsonBody(event, redactionRequestSchema);
  note({ filingId: id });
  const result = await redactFiling(principal, id, getDeps());
  note({ items: result.versions.length });
  return json(200, result);
});
