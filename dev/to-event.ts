import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";

/** Media types API Gateway passes as text; everything else (xlsx) arrives base64-encoded. */
const isText = (contentType: string) =>
  /^(text\/|application\/(json|problem\+json|x-www-form-urlencoded|xml))/.test(contentType);

/**
 * A Node request as the HTTP API (payload format 2.0) would hand it to the Lambda: lower-case
 * headers, repeated values joined with commas, decoded path parameters, binary bodies in base64.
 */
export const toEvent = (
  req: IncomingMessage,
  url: URL,
  body: Buffer,
  routeKey: string,
  pathParameters: Record<string, string>,
): APIGatewayProxyEventV2 => {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers))
    if (value !== undefined) headers[key.toLowerCase()] = Array.isArray(value) ? value.join(",") : value;
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) query[key] = key in query ? `${query[key]},${value}` : value;
  const text = isText((headers["content-type"] ?? "").toLowerCase());
  const now = new Date();
  const method = req.method ?? "GET";
  return {
    version: "2.0",
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    queryStringParameters: Object.keys(query).length ? query : undefined,
    pathParameters: Object.keys(pathParameters).length ? pathParameters : undefined,
    requestContext: {
      accountId: "lokal",
      apiId: "lokal",
      domainName: url.host,
      domainPrefix: url.hostname,
      http: {
        method,
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? "127.0.0.1",
        userAgent: headers["user-agent"] ?? "",
      },
      requestId: randomUUID(),
      routeKey,
      stage: "$default",
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    body: body.length ? body.toString(text ? "utf8" : "base64") : undefined,
    isBase64Encoded: body.length > 0 && !text,
  };
};
