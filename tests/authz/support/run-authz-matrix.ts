import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeById, type RouteId } from "../../../shared/api/routes";
import {
  allFamiliesRouteIds,
  allRouteIds,
  familyRouteIds,
  type RouteFamily,
} from "../../support/route-families";
import { type RouteArgs, routeRequest } from "../../support/route-request";
import { type Answers, BAD_TOKENS, badToken, CALLERS, USER } from "./authz-callers";
import { setUpSharedState, state } from "./authz-state";

/** One row of the matrix: a route, the request (built when it runs) and each caller's status. */
export interface Cell {
  route: RouteId;
  /** Tells two rows of one route apart, e.g. „(pruefen)“. */
  variant?: string;
  /** May first put a fresh filing into the state the row needs. */
  request: () => RouteArgs | Promise<RouteArgs>;
  expected: Answers;
}

const nameOf = (cell: Cell) => {
  const route = routeById(cell.route);
  return `${route.method} ${route.path}${cell.variant ? ` ${cell.variant}` : ""}`;
};

const send = async (cell: Cell, token: string | undefined) => {
  const { params, query, body } = await cell.request();
  return state.api.call(...routeRequest(cell.route, params, query), { token, body });
};

/**
 * Every route of `family` × every kind of caller, then × every token no route accepts, through the
 * local HTTP server on DynamoDB Local. Refusals are problem+json.
 */
export const runAuthzMatrix = (family: RouteFamily, cells: Cell[]) => {
  beforeAll(setUpSharedState);
  afterAll(() => state.api?.close());

  describe(`authorisation matrix: ${family} routes`, () => {
    it("covers every route of the family, and the families are the route table", () => {
      expect(new Set(cells.map((c) => c.route))).toEqual(familyRouteIds(family));
      expect(allFamiliesRouteIds()).toEqual(allRouteIds());
    });

    const byCaller = cells.flatMap((cell) =>
      CALLERS.map((caller) => ({ cell, name: nameOf(cell), caller, status: cell.expected[caller] })),
    );
    it.each(byCaller)("$name as $caller answers $status", async ({ cell, caller, status }) => {
      const user = USER[caller];
      const response = await send(cell, user && (await state.api.token(user)));
      expect(response.status, JSON.stringify(response.body)).toBe(status);
      if (status >= 400) expect(response.contentType).toMatch(/^application\/problem\+json/);
    });
  });

  describe(`tokens no ${family} route accepts`, () => {
    const byToken = cells.flatMap((cell) =>
      BAD_TOKENS.map((kind) => ({
        cell,
        name: nameOf(cell),
        kind,
        status: routeById(cell.route).auth ? (kind === "unknown-traeger" ? 403 : 401) : 200,
      })),
    );
    it.each(byToken)("$name with a $kind token answers $status", async ({ cell, kind, status }) => {
      const response = await send(cell, await badToken(state.api, kind));
      expect(response.status, JSON.stringify(response.body)).toBe(status);
      if (status >= 400) expect(response.contentType).toMatch(/^application\/problem\+json/);
    });
  });
};
