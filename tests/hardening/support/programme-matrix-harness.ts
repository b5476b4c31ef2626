import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { devUserName } from "../../../dev/dev-users";
import { startTestApi, type TestApi } from "../../../dev/fixtures/start-test-api";
import { routeById, type RouteId } from "../../../shared/api/routes";
import { PROGRAMMES } from "../../../shared/programme/programmes";
import type { Caller } from "../../authz/support/authz-callers";
import type { AuthzRow } from "../../authz/support/authz-row";
import { absentWorld, setUpWorld, sharedIdsIn, type World, YEAR } from "../../authz/support/authz-world";
import type { RouteFamily } from "../../support/route-families";
import { type RouteArgs, routeRequest } from "../../support/route-request";

/**
 * Programme × role × route over HTTP, in both directions: the authz rows of a route family
 * (tests/authz/support/<family>-authz-rows.ts), each built in one programme's world and sent by every
 * other programme's Träger `awo` (a different association in each pack, under one id), Koordinierung
 * and Leitung, expecting the row's `awoElsewhere`, `koordinierungElsewhere`, `leitungElsewhere`:
 * the rows state once what a route answers another programme. Another programme's filing answers
 * exactly like one that does not exist – status, body and headers; its lists, parameters,
 * consolidation and publication are 403 in German.
 */
export const ROLES = ["traeger", "koordinierung", "leitung"] as const;
export type Role = (typeof ROLES)[number];
export { YEAR };

/** The authz caller that is `role` of another programme. */
const ELSEWHERE: Record<Role, Caller> = {
  traeger: "awoElsewhere",
  koordinierung: "koordinierungElsewhere",
  leitung: "leitungElsewhere",
};

export const userOf = (programmeId: string, role: Role) =>
  devUserName(programmeId, role === "traeger" ? "awo" : role);
/** The Jahresbericht of the programme's AWO, submitted by `setUp`. */
export const jb = (programmeId: string) => sharedIdsIn(programmeId).sharedJbId;
/** Its Verwendungsnachweis of YEAR, in two versions, with a draft and an attachment. */
export const vn = (programmeId: string) => sharedIdsIn(programmeId).sharedId;

export const harness = { api: undefined as unknown as TestApi, worlds: {} as Record<string, World> };

const setUp = async () => {
  const api = await startTestApi();
  harness.api = api;
  for (const p of PROGRAMMES) harness.worlds[p.id] = await setUpWorld(api, p.id);
};

/** `route` as `user` (none: no token). */
export const send = async (
  user: string | undefined,
  route: RouteId,
  { params, query, body }: RouteArgs = {},
) =>
  harness.api.call(...routeRequest(route, params, query), {
    token: user && (await harness.api.token(user)),
    body,
  });

/** Everything a client can compare but the date. */
const visible = (r: Awaited<ReturnType<typeof send>>) => ({
  status: r.status,
  headers: [...r.headers.entries()].filter(([name]) => name !== "date"),
  bytes: r.bytes.toString("base64"),
});

const nameOf = (row: AuthzRow) => {
  const route = routeById(row.route);
  return `${route.method} ${route.path}${row.variant ? ` ${row.variant}` : ""}`;
};

/**
 * Sets up every programme's world and runs every row of `family` for each role of each programme
 * on each other one. The rows' coverage of the family is checked by tests/authz (same rows).
 */
export const runProgrammeMatrix = (family: RouteFamily, rows: AuthzRow[]) => {
  beforeAll(setUp);
  afterAll(() => harness.api?.close());

  const cases = PROGRAMMES.flatMap((home) =>
    PROGRAMMES.filter((p) => p.id !== home.id).flatMap((foreign) =>
      ROLES.flatMap((role) =>
        rows.map((row) => ({
          row,
          name: nameOf(row),
          home: home.id,
          foreign: foreign.id,
          role,
          status: row.expected[ELSEWHERE[role]],
        })),
      ),
    ),
  );

  describe(`programme matrix: ${family} routes`, () => {
    it("has two programmes at least", () => expect(PROGRAMMES.length).toBeGreaterThanOrEqual(2));

    it.each(cases)(
      "$role of $home → $name on $foreign answers $status",
      async ({ row, home, foreign, role, status }) => {
        const user = userOf(home, role);
        const world = harness.worlds[foreign]!;
        const response = await send(user, row.route, await row.request(world));
        expect(response.status, JSON.stringify(response.body)).toBe(status);
        if (status === 403) {
          expect(response.contentType).toMatch(/^application\/problem\+json/);
          // German, saying who may: the role's sentence or the programme's.
          expect(response.body.detail).toMatch(/\b(nur|vorbehalten|gilt nicht für das Förderprogramm)\b/);
        }
        // Not found must not tell a filing of another programme from one that does not exist.
        if (status === 404)
          expect(visible(response)).toEqual(
            visible(await send(user, row.route, await row.request(absentWorld(world)))),
          );
      },
    );
  });
};
