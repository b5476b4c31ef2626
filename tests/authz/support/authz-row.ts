import type { RouteId } from "../../../shared/api/routes";
import type { RouteArgs } from "../../support/route-request";
import type { Answers } from "./authz-callers";
import type { World } from "./authz-world";

/**
 * One row of the authorisation tables (tests/authz/support/<family>-authz-rows.ts): a route, the request
 * built in the world it runs in, and each caller's status. tests/authz runs it in Lüneburg's world;
 * the programme matrix runs it in every programme's world as the `…Elsewhere` callers, so a route's
 * answers to other programmes are stated once, here.
 */
export interface AuthzRow {
  route: RouteId;
  /** Tells two rows of one route apart, e.g. „(pruefen)“. */
  variant?: string;
  /** May first put a fresh filing (`world.freshFiling`) into the state the row needs. */
  request: (world: World) => RouteArgs | Promise<RouteArgs>;
  expected: Answers;
}
