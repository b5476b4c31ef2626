import { describe, expect, it } from "vitest";
import { defaultProgramParams } from "../shared/programme/params-for-year";
import { PROGRAMMES } from "../shared/programme/programmes";
import { authenticate } from "../functions/auth/authenticate";
import { createJwtVerifier } from "../functions/auth/verify-token";
import { principalSchema } from "../functions/core/principal";
import { DEV_AUDIENCE, DEV_ISSUER, generateDevKeys } from "./dev-keys";
import { DEV_USERS, devUser, devUserName } from "./dev-users";
import { issueDevToken } from "./issue-dev-token";

describe("DEV_USERS", () => {
  it("has one Träger user per programme and Träger with a Stadtteil, even where two programmes share a Träger id", () => {
    const year = new Date().getFullYear() - 1;
    let usable = 0;
    for (const p of PROGRAMMES) {
      const { zuordnungen } = defaultProgramParams({ programmeId: p.id, year });
      for (const t of p.traeger) {
        if (!zuordnungen.some((z) => z.traegerId === t.id || z.tandem === t.id)) {
          // A Träger without a Stadtteil could sign in and do nothing: no demo user.
          expect(() => devUserName(p.id, t.id)).toThrow(/Kein Demo-Benutzer/);
          continue;
        }
        usable++;
        const user = DEV_USERS[devUserName(p.id, t.id)]!;
        expect(user).toMatchObject({ role: "traeger", traegerId: t.id, programmeIds: [p.id] });
        expect(user.name).toBe(`Sachbearbeitung ${t.name}`);
      }
    }
    const traeger = Object.values(DEV_USERS).filter((u) => u.role === "traeger");
    expect(traeger).toHaveLength(usable);
    expect(usable).toBeLessThan(PROGRAMMES.reduce((n, p) => n + p.traeger.length, 0));
  });

  it("has a Koordinierung and a Leitung per programme, and keeps the plain names for the demo's programme", () => {
    for (const p of PROGRAMMES)
      for (const role of ["koordinierung", "leitung"] as const)
        expect(DEV_USERS[devUserName(p.id, role)]).toMatchObject({ role, programmeIds: [p.id] });
    expect(DEV_USERS.koordinierung).toMatchObject({
      sub: "dev-koordinierung",
      name: "Koordinierungsstelle Stadtteilarbeit",
      programmeIds: ["stadtteilmanagement"],
    });
    expect(DEV_USERS.awo).toMatchObject({ sub: "dev-awo", programmeIds: ["stadtteilmanagement"] });
    expect(devUser("toString")).toBeUndefined();
  });

  it("gives every user a distinct sub and a valid principal that names its programme", () => {
    const users = Object.values(DEV_USERS);
    expect(new Set(users.map((u) => u.sub)).size).toBe(users.length);
    for (const user of users) {
      expect(principalSchema.parse(user)).toEqual(user);
      expect(user.programmeIds.length).toBeGreaterThan(0);
    }
  });

  it("puts the programmes into the dev token, where the API's verification reads them back", async () => {
    const keys = await generateDevKeys();
    // The Lambdas' verify code, on the local server's key set.
    const verify = createJwtVerifier({ issuer: DEV_ISSUER, audience: DEV_AUDIENCE, jwks: keys.jwks });
    for (const user of Object.values(DEV_USERS)) {
      const token = await issueDevToken(keys, user);
      expect((await verify(token)).programmes).toEqual(user.programmeIds);
      expect(await authenticate(`Bearer ${token}`, verify)).toEqual(user);
    }
  });
});
