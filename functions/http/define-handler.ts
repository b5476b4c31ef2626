import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { createHash } from "node:crypto";
import { authenticate } from "../auth/authenticate";
import { InvalidFilingError } from "../core/errors";
import { requireKnownTraeger } from "../core/require-assignment";
import type { Principal } from "../core/principal";
import type { RouteJsonBody, RoutePath, RouteQuery } from "../../shared/api/route-definition";
import {
  routeById,
  type AuthRouteId,
  type PublicRouteId,
  type Route,
  type RouteOf,
} from "../../shared/api/routes";
import { getVerifier } from "./context";
import type { HttpResult } from "./json";
import { logger } from "./logger";
import { metrics, recordRequestMetrics } from "./metrics";
import { parseJsonBody, parsePath, parseQuery, readHeader } from "./read-request";
import { toProblem } from "./to-problem";

/** Ids and counts a handler adds to its one log line – never names, amounts or free text. */
export interface LogFields {
  filingId?: string;
  version?: number;
  year?: number;
  action?: string;
  items?: number;
  missing?: number;
  findings?: number;
  changes?: number;
  replayed?: boolean;
}

export interface PublicRequest {
  event: APIGatewayProxyEventV2;
  requestId: string;
  note: (fields: LogFields) => void;
}

/**
 * `path` and `query` are parsed with the route's own schemas once the token passed; `body()` parses
 * the JSON body with the route's schema when the handler asks (after its own checks, if it has any).
 */
export interface AuthedRequest<R extends Route = Route> extends PublicRequest {
  principal: Principal;
  /** The route's declaration (shared/api/routes.ts), e.g. for its documented headers. */
  route: R;
  path: RoutePath<R>;
  query: RouteQuery<R>;
  body: () => RouteJsonBody<R>;
}

const hashId = (id: string) => createHash("sha256").update(id).digest("hex").slice(0, 16);

type Lambda = (event: APIGatewayProxyEventV2) => Promise<HttpResult>;

const run = async (
  route: Route,
  event: APIGatewayProxyEventV2,
  body: (request: PublicRequest, fields: LogFields & { role?: string }) => Promise<HttpResult>,
): Promise<HttpResult> => {
  const started = performance.now();
  const requestId = event.requestContext?.requestId ?? "lokal";
  const fields: LogFields & { role?: string; rules?: string[] } = {};
  const note = (more: LogFields) => Object.assign(fields, more);
  let result: HttpResult;
  try {
    result = await body({ event, requestId, note }, fields);
  } catch (err) {
    if (err instanceof InvalidFilingError) {
      note({ findings: err.findings.length });
      fields.rules = err.findings.map((f) => f.ruleId);
    }
    result = toProblem(err, requestId);
  }
  // A filing id is logged as sent only when the request succeeded (it named an existing filing the
  // caller may see); otherwise it is client text – possibly a name typed into the URL – and only a
  // hash of it is kept, enough to group repeated attempts.
  const { filingId, rules, ...rest } = fields;
  const id =
    filingId === undefined ? {} : result.statusCode < 400 ? { filingId } : { filingIdHash: hashId(filingId) };
  // One line per request: enough to follow a filing through the logs without any of its content.
  logger.info("request", {
    requestId,
    route: `${route.method} ${route.path}`,
    status: result.statusCode,
    durationMs: Math.round(performance.now() - started),
    ...rest,
    ...id,
  });
  recordRequestMetrics(metrics, {
    routeId: route.id,
    status: result.statusCode,
    action: fields.action,
    rules,
  });
  return result;
};

/** A handler of a route with `auth: true`: the token is verified before `fn` runs. */
export const defineHandler =
  <Id extends AuthRouteId>(
    id: Id,
    fn: (request: AuthedRequest<RouteOf<Id>>) => Promise<HttpResult>,
  ): Lambda =>
  (event) => {
    const route = routeById(id) as RouteOf<Id>;
    return run(route, event, async (request, fields) => {
      const principal = await authenticate(readHeader(event, "authorization"), getVerifier());
      fields.role = principal.role;
      requireKnownTraeger(principal);
      const path = parsePath(event, route);
      const query = parseQuery(event, route);
      return fn({ ...request, principal, route, path, query, body: () => parseJsonBody(event, route) });
    });
  };

/** A handler of a route with `auth: false` (only the OpenAPI document). */
export const definePublicHandler =
  (id: PublicRouteId, fn: (request: PublicRequest) => Promise<HttpResult>): Lambda =>
  (event) =>
    run(routeById(id), event, fn);
