import { InvalidFilingError } from "../core/errors";
import { requireSubmitter } from "../core/require-submitter";
import { submitFiling } from "../core/submit-filing";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";
import { parseWith, readHeader } from "../http/read-request";
import { locateFindings } from "../../shared/workbook/locate-findings";
import { readSubmission } from "./read-submission";

/**
 * POST /filings – JSON or an .xlsx upload, read only after the caller's role allowed it. 201 for a new version; 200 when the Idempotency-Key
 * replays an earlier one; 422 (with every finding, at its cell for a workbook) when it has Fehler.
 */
export const handler = defineHandler("submitFiling", async ({ event, route, principal, note }) => {
  // The role before the body: no workbook is parsed for a caller who may not submit.
  requireSubmitter(principal);
  const [idempotency] = route.headers;
  const header = readHeader(event, idempotency.name);
  const idempotencyKey =
    header === undefined
      ? undefined
      : parseWith(idempotency.schema, header, `Der Header „${idempotency.name}“`);
  const deps = getDeps();
  const { cellOf, ...submission } = await readSubmission(event);
  const result = await submitFiling(principal, { ...submission, idempotencyKey }, deps).catch(
    (err: unknown) => {
      throw err instanceof InvalidFilingError
        ? new InvalidFilingError(locateFindings(err.findings, cellOf), err.message)
        : err;
    },
  );
  note({
    filingId: result.filingId,
    version: result.version,
    findings: result.findings.length,
    replayed: result.replayed,
  });
  return json(result.replayed ? 200 : 201, { ...result, findings: locateFindings(result.findings, cellOf) });
});
