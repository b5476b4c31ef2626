import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { API_SECURITY_HEADERS } from "./security-headers";

export type HttpResult = APIGatewayProxyStructuredResultV2 & { statusCode: number };

/** A JSON response. `no-store`: filings carry personal data, no cache may keep them. */
export const json = (status: number, body: unknown, headers: Record<string, string> = {}): HttpResult => ({
  statusCode: status,
  headers: {
    ...API_SECURITY_HEADERS,
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    ...headers,
  },
  body: JSON.stringify(body),
});

/** A file download: API Gateway (and the local server) decode the base64 body back to bytes. */
export const binary = (
  status: number,
  body: Uint8Array,
  contentType: string,
  headers: Record<string, string> = {},
): HttpResult => ({
  statusCode: status,
  headers: { ...API_SECURITY_HEADERS, "content-type": contentType, "cache-control": "no-store", ...headers },
  body: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("base64"),
  isBase64Encoded: true,
});
