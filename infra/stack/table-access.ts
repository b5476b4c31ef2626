import type { RouteDefinition } from "../../shared/api/routes";

export type TableAccess = "none" | "read" | "read-write";

/**
 * What a route's Lambda may do with the table, from the route itself so a new route needs no edit
 * here: the public route (the OpenAPI document) never touches it, GET routes only read (the services
 * behind them call only get/list/query), every POST and PUT writes.
 */
export const tableAccessOf = (route: Pick<RouteDefinition, "auth" | "method">): TableAccess =>
  !route.auth ? "none" : route.method === "GET" ? "read" : "read-write";
