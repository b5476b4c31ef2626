import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { randomUUID } from "node:crypto";
import type { RouteDefinition } from "../../../shared/api/routes";

export interface EventInput {
  pathParameters?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** JSON (sent as text) or bytes (sent base64-encoded, as API Gateway does for binary media types). */
  body?: unknown;
}

/** The event API Gateway (HTTP API, payload format 2.0) hands a route's Lambda. */
export const apiEvent = (route: RouteDefinition, input: EventInput = {}): APIGatewayProxyEventV2 => {
  const rawPath = route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(input.pathParameters?.[name] ?? ""),
  );
  const query = new URLSearchParams(input.query ?? {}).toString();
  const binary = input.body instanceof Uint8Array;
  const body =
    input.body === undefined
      ? undefined
      : binary
        ? Buffer.from(input.body as Uint8Array).toString("base64")
        : JSON.stringify(input.body);
  const headers: Record<string, string> = {
    ...(input.body !== undefined && !binary ? { "content-type": "application/json" } : {}),
    ...Object.fromEntries(Object.entries(input.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
  };
  const now = new Date();
  const routeKey = `${route.method} ${route.path}`;
  return {
    version: "2.0",
    routeKey,
    rawPath,
    rawQueryString: query,
    headers,
    queryStringParameters: input.query,
    pathParameters: input.pathParameters,
    requestContext: {
      accountId: "123456789012",
      apiId: "e2e",
      domainName: "e2e.execute-api.eu-central-1.amazonaws.com",
      domainPrefix: "e2e",
      http: {
        method: route.method,
        path: rawPath,
        protocol: "HTTP/1.1",
        sourceIp: "127.0.0.1",
        userAgent: "e2e",
      },
      requestId: randomUUID(),
      routeKey,
      stage: "$default",
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    body,
    isBase64Encoded: binary,
  };
};
