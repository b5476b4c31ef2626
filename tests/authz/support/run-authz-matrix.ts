import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../../dev/fixtures/start-test-api";
import { routeById } from "../../../shared/api/routes";
import { LEGACY_PROGRAMME_ID } from "../../../shared/programme/programmes";
import {
  allFamiliesRouteIds,
  allRouteIds,
  familyRouteIds,
  type RouteFamily,
} from "../../support/route-families";
import { routeRequest } from "../../support/route-request";
import { BAD_TOKENS, badToken, CALLERS, USER } from "./authz-callers";
import type { AuthzRow } from "./authz-row";
import { setUpWorld, type World } from "./authz-world";

/** The running API and Lüneburg's world, set up once per test file. */
const state = { api: undefined as unknown as TestApi, world: undefined as unknown as World };

const nameOf = (cell: AuthzRow) => {
  const route = routeById(cell.route);
  return `${route.method} ${route.path}${cell.variant ? ` ${cell.variant}` : ""}`;
};

const send = async (cell: AuthzRow, token: string | undefined) => {
  const { params, query, body } = await cell.request(state.world);
  return state.api.call(...routeRequest(cell.route, params, query), { token, body });
};

/**
 * Every route of `family` × every kind of caller, then × every token no route accepts, through the
 * local HTTP server on DynamoDB Local. Refusals are problem+json.
 */
export const runAuthzMatrix = (family: RouteFamily, cells: AuthzRow[]) => {
  beforeAll(async () => {
    state.api = await startTestApi();
    state.world = await setUpWorld(state.api, LEGACY_PROGRAMME_ID);
  });
  afterAll(() => state.api?.close());

  describe(`authorisation matrix: ${family} routes`, () => {
    // The programme matrix runs these same rows, so this is its coverage check too.
    it("covers every route of the family, and the families are the route table", () => {
      expect(
        new Set(cells.map((c) => c.route)),
        `Every route of shared/api/${family}-routes.ts needs a row in tests/authz/support/${family}-authz-rows.ts (route, request, each caller's status).`,
      ).toEqual(familyRouteIds(family));
      expect(
        allFamiliesRouteIds(),
        "A new shared/api/<family>-routes.ts must be added to RouteFamily and FAMILIES in tests/support/route-families.ts.",
      ).toEqual(allRouteIds());
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
