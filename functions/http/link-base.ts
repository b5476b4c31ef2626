import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { readHeader } from "./read-request";

/**
 * The API's own address as callers reach it, for links to stored versions in generated files.
 * PUBLIC_API_URL wins (a custom domain); else the request's host, https unless a proxy said otherwise.
 */
export const linkBase = (
  event: APIGatewayProxyEventV2,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined => {
  if (env.PUBLIC_API_URL) return env.PUBLIC_API_URL;
  const host = event.requestContext?.domainName;
  if (!host) return undefined;
  const proto =
    readHeader(event, "x-forwarded-proto") ?? (/^(127\.|localhost|\[::1\])/.test(host) ? "http" : "https");
  return `${proto}://${host}`;
};
