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
 * 1. A new request/response zod schema goes in shared/api/<feature>-schemas.ts (api-schemas.ts for
 *    filings).
 * 2. Add one object to <family>-routes.ts (filing, programme, records, pruefung): id, method, path
 *    (a filing is {id}, with pathParams: filingPathSchema), handler (the kebab-case folder under
 *    functions/), auth, German summary, success (status, description, schema or "binary" +
 *    mediaType), problems; query/headers/body as needed.
 * 3. Write functions/<handler>/handler.ts with defineHandler("<id>", ({ path, query, body }) => …),
 *    its logic a service in functions/core/<name>.ts (reading a filing as getFiling does:
 *    loadVisibleHead).
 * 4. Add one SUCCESS and one PROBLEM walk to tests/api/route-contract.test.ts and one row to
 *    tests/authz/support/<family>-authz-rows.ts (the programme matrix runs the same row).
 * That is 4 files, one more for each new file of its own (a schema file, a service), then
 * `npm run docs` (the README's cost table).
 * infra/, dev/ and the client (api-client.ts) read this table and need no edit. The type check
 * names a path parameter pathParams lacks; the failing tests name the missing rows.
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
