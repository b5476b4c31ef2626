import { FILING_ROUTES } from "./filing-routes";
import { PROGRAMME_ROUTES } from "./programme-routes";
import { PRUEFUNG_ROUTES } from "./pruefung-routes";
import { RECORDS_ROUTES } from "./records-routes";
import type { PathParamsMatch } from "./route-definition";

export type { RouteDefinition } from "./route-definition";

/**
 * Every route of the HTTP API, each declared once: the handler parses with its schemas
 * (functions/http/define-handler.ts), the OpenAPI document, the local server, the CDK stack (one
 * Lambda per route, functions/handler-entry.ts) and the one API client (shared/api/api-client.ts) read it,
 * and tests/api/route-contract.test.ts checks every real answer against it. Pure data plus zod.
 *
 * How to add a route (or convert one written in the old style with a ROUTE_DOCS entry):
 * 1. Put its request/response zod schemas in shared/api/<feature>-schemas.ts.
 * 2. Add one object to filing-routes.ts, programme-routes.ts or a new <feature>-routes.ts spread
 *    into ROUTES: id, method, path, handler folder, auth, German summary, pathParams/query/headers/
 *    body, success (status, description, schema or "binary" + mediaType), problems.
 * 3. Write functions/<handler>/handler.ts with defineHandler("<id>", ({ path, query, body }) => …).
 * 4. Call it with `api.call("<id>", { path, query, body })`; add its rows to
 *    tests/authz/<family>-authz.test.ts and tests/api/route-contract.test.ts.
 * 5. `node scripts/typecheck.mjs` names a path parameter pathParams lacks; the family's authz test
 *    names a route without rows.
 */
export const ROUTES = [...FILING_ROUTES, ...PROGRAMME_ROUTES, ...RECORDS_ROUTES, ...PRUEFUNG_ROUTES] as const;

export type Route = (typeof ROUTES)[number];
export type RouteId = Route["id"];
export type RouteOf<Id extends RouteId> = Extract<Route, { id: Id }>;
export type AuthRouteId = Extract<Route, { auth: true }>["id"];
export type PublicRouteId = Extract<Route, { auth: false }>["id"];

// Fails the type check when a route's pathParams do not name exactly the parameters of its path.
const pathParamsChecked: { [K in RouteId]: PathParamsMatch<RouteOf<K>> } extends Record<RouteId, true>
  ? true
  : never = true;
void pathParamsChecked;

export const routeById = (id: RouteId): Route => ROUTES.find((r) => r.id === id)!;
