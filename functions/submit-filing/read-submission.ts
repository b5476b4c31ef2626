import type { APIGatewayProxyEventV2 } from "aws-lambda";
import type { FieldPath } from "../../shared/layout/labels";
import { hasFehler } from "../../shared/rules/finding";
import { readWorkbook } from "../../shared/xlsx/read-workbook";
import { validateWorkbook } from "../../shared/xlsx/validate-workbook";
import { InvalidFilingError } from "../core/errors";
import { getParams } from "../core/get-params";
import type { ServiceDeps } from "../core/service-deps";
import { XLSX_MEDIA_TYPE } from "../http/edge-schemas";
import { readBody, readContentType, readJson } from "../http/read-request";
import { unsupportedMediaType } from "../http/request-error";

export interface Submission {
  body: unknown;
  /** Exactly the bytes sent: their SHA-256 is stored with the version and keys idempotency. */
  rawBody: Buffer;
  source: "json" | "xlsx";
  /** For a workbook: where a field lives, so findings can name their cell. */
  cellOf?: (path: FieldPath) => string | undefined;
}

/**
 * A workbook is read into a Filing here; the service then treats it like JSON. Cells that could not
 * be read stop the submission with every finding of the workbook – input and rules, each at its cell.
 */
const readXlsx = async (raw: Buffer, deps: ServiceDeps): Promise<Submission> => {
  const { filing, findings, cellOf } = await readWorkbook(raw);
  if (!filing) throw new InvalidFilingError(findings);
  if (hasFehler(findings)) {
    const all = await validateWorkbook(raw, await getParams(filing.meta.year, deps));
    throw new InvalidFilingError(all.findings);
  }
  return { body: filing, rawBody: raw, source: "xlsx", cellOf };
};

export const readSubmission = async (
  event: APIGatewayProxyEventV2,
  deps: ServiceDeps,
): Promise<Submission> => {
  const contentType = readContentType(event);
  if (contentType === "application/json")
    return { body: readJson(event), rawBody: readBody(event), source: "json" };
  if (contentType === XLSX_MEDIA_TYPE) return readXlsx(readBody(event), deps);
  throw unsupportedMediaType(
    `Erwartet wird „application/json“ oder eine Excel-Arbeitsmappe („${XLSX_MEDIA_TYPE}“), nicht „${contentType || "(keine Angabe)"}“.`,
  );
};
