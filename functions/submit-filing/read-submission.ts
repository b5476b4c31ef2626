import type { APIGatewayProxyEventV2 } from "aws-lambda";
import type { CellOf } from "../../shared/workbook/cell-locator";
import type { Finding } from "../../shared/rules/finding";
import { InvalidFilingError } from "../core/errors";
import { XLSX_MEDIA_TYPE } from "../../shared/api/edge-schemas";
import { readBody, readContentType, readJson } from "../http/read-request";
import { unsupportedMediaType } from "../http/request-error";

export interface Submission {
  body: unknown;
  /** Exactly the bytes sent: their SHA-256 is stored with the version and keys idempotency. */
  rawBody: Buffer;
  source: "json" | "xlsx";
  /** For a workbook: the EINGABE-* findings of its cells; the service merges them with the rules'. */
  inputFindings?: Finding[];
  /** For a workbook: where a field lives, so findings can name their cell. */
  cellOf?: CellOf;
}

/**
 * A workbook is read once into a Filing; the service then treats it like JSON, plus the findings of
 * cells that could not be read. Only a file that is no workbook of ours stops here: there is no filing.
 */
const readXlsx = async (raw: Buffer): Promise<Submission> => {
  // exceljs loads only for an upload: a JSON submission never pays its start-up time.
  const { readWorkbook } = await import("../../shared/xlsx/read-workbook");
  const { filing, findings, cellOf } = await readWorkbook(raw);
  if (!filing) throw new InvalidFilingError(findings);
  return { body: filing, rawBody: raw, source: "xlsx", inputFindings: findings, cellOf };
};

export const readSubmission = async (event: APIGatewayProxyEventV2): Promise<Submission> => {
  const contentType = readContentType(event);
  if (contentType === "application/json")
    return { body: readJson(event), rawBody: readBody(event), source: "json" };
  if (contentType === XLSX_MEDIA_TYPE) return readXlsx(readBody(event));
  throw unsupportedMediaType(
    `Erwartet wird „application/json“ oder eine Excel-Arbeitsmappe („${XLSX_MEDIA_TYPE}“), nicht „${contentType || "(keine Angabe)"}“.`,
  );
};
