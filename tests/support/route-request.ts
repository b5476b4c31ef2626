import { pathOf, queryString } from "../../shared/api/route-definition";
import { routeById, type RouteId } from "../../shared/api/routes";

/**
 * `[method, path]` of a route from shared/api/routes.ts, for tests that send raw requests (odd
 * bodies, headers, tokens) through `api.call(...routeRequest("getFiling", { id }), options)`:
 * no test types an API path by hand. Parameters are URL-encoded like the client does.
 */
export const routeRequest = (
  id: RouteId,
  params: Record<string, string | number> = {},
  query: Record<string, string | number | undefined> = {},
): [method: string, path: string] => {
  const route = routeById(id);
  return [route.method, `${pathOf(route, params)}${queryString(query)}`];
};

/** Only the path of `routeRequest`. */
export const routePath = (...args: Parameters<typeof routeRequest>): string => routeRequest(...args)[1];

/** A route's path with parameters put in as typed, not encoded: for malformed escapes like `%ff`. */
export const rawRoutePath = (id: RouteId, params: Record<string, string>): string =>
  routeById(id).path.replace(/\{(\w+)\}/g, (_m, name: string) => params[name]!);

/** What a table-driven test sends to a route: `routeRequest` builds method and path from it. */
export interface RouteArgs {
  params?: Record<string, string | number>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
}
