import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { DEV_AUDIENCE, DEV_ISSUER } from "../../dev/dev-keys";
import { DEV_USERS, devUserName } from "../../dev/dev-users";
import type { RouteId } from "../../shared/api/routes";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { PROGRAMMES } from "../../shared/programme/programmes";
import { PROGRAMME_ROWS } from "../authz/support/programme-authz-rows";
import type { RouteArgs } from "../support/route-request";
import { routeRequest } from "../support/route-request";
import { harness, jb, runProgrammeMatrix, send, userOf, YEAR } from "./support/programme-matrix-harness";

const yearOf = (p: string) => ({ params: { programmeId: p, year: YEAR } });

runProgrammeMatrix("programme", PROGRAMME_ROWS);

describe("GET /programmes", () => {
  it("lists exactly the programmes of each demo user's login", async () => {
    for (const [user, principal] of Object.entries(DEV_USERS)) {
      const response = await send(user, "listProgrammes");
      expect(
        response.body.map((p: { id: string }) => p.id),
        user,
      ).toEqual(principal.programmeIds);
    }
  });
});

describe("GET /programmes/{id}/params/{year}", () => {
  it("gives a Träger its own granted Zuschüsse only, and the programme's staff all of them", async () => {
    for (const p of PROGRAMMES) {
      const granted = defaultProgramParams({ programmeId: p.id, year: YEAR }).zuschuesse;
      const staff = await send(userOf(p.id, "koordinierung"), "getParams", yearOf(p.id));
      expect(staff.body.zuschuesse).toEqual(granted);
      // Träger without a Stadtteil have no demo user (dev/dev-users.ts).
      const withUser = p.traeger.filter((t) =>
        Object.values(DEV_USERS).some((u) => u.traegerId === t.id && u.programmeIds.includes(p.id)),
      );
      for (const t of withUser) {
        const own = await send(devUserName(p.id, t.id), "getParams", yearOf(p.id));
        expect(own.status).toBe(200);
        expect(own.body.zuschuesse).toEqual(granted.filter((z) => z.traegerId === t.id));
        expect(own.body.ausnahmen.every((a: { traegerId: string }) => a.traegerId === t.id)).toBe(true);
      }
    }
  });
});

describe("tokens and their programmes", () => {
  const sign = (claims: Record<string, unknown>) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: "ES256", kid: harness.api.devKeys.kid })
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setSubject("matrix-token")
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(harness.api.devKeys.privateKey);
  const call = async (claims: Record<string, unknown>, route: RouteId, { params, query }: RouteArgs = {}) =>
    harness.api.call(...routeRequest(route, params, query), { token: await sign(claims) });
  const [first, second] = PROGRAMMES.map((p) => p.id) as [string, string];
  const firstList = { query: { programme: first, year: YEAR } };
  const firstJb = { params: { id: jb(first) } };

  it("fails closed without a `programmes` claim: a Träger is refused everywhere, staff see nothing", async () => {
    const traeger = { role: "traeger", traeger_id: "awo" };
    for (const [route, args] of [
      ["listProgrammes", {}],
      ["listFilings", firstList],
      ["getFiling", firstJb],
    ] as const) {
      const response = await call(traeger, route, args);
      expect(response.status).toBe(403);
      expect(response.body.detail).toMatch(/keinem Förderprogramm zugeordnet/);
    }
    const staff = { role: "koordinierung" };
    expect((await call(staff, "listProgrammes")).body).toEqual([]);
    expect((await call(staff, "listFilings", firstList)).status).toBe(403);
    expect((await call(staff, "getFiling", firstJb)).status).toBe(404);
  });

  it("reads the claim as an array or as a space-separated string, and ignores programmes no pack defines", async () => {
    for (const programmes of [[first, second, "gibt-es-nicht"], `${first} ${second}`]) {
      const listed = await call({ role: "leitung", programmes }, "listProgrammes");
      expect(listed.body.map((p: { id: string }) => p.id)).toEqual([first, second]);
      for (const id of [first, second])
        expect(
          (await call({ role: "leitung", programmes }, "getFiling", { params: { id: jb(id) } })).status,
        ).toBe(200);
    }
  });
});
