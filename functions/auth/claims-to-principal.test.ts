import { describe, expect, it } from "vitest";
import { UnauthorizedError } from "./unauthorized";
import { claimsToPrincipal } from "./claims-to-principal";

const refused = (claims: Record<string, unknown>, mapping = {}) => {
  const err = (() => {
    try {
      claimsToPrincipal(claims, mapping);
    } catch (e) {
      return e;
    }
  })();
  expect(err).toBeInstanceOf(UnauthorizedError);
};

describe("claimsToPrincipal", () => {
  it("reads the Cognito trigger's role, traeger_id and space-separated programmes", () => {
    const principal = claimsToPrincipal({
      sub: "u1",
      name: "Sachbearbeitung AWO",
      role: "traeger",
      traeger_id: "awo",
      programmes: "stadtteilmanagement quartiersfonds",
    });
    expect(principal).toEqual({
      sub: "u1",
      name: "Sachbearbeitung AWO",
      role: "traeger",
      traegerId: "awo",
      programmeIds: ["stadtteilmanagement", "quartiersfonds"],
    });
  });

  it("reads Entra ID's app roles from the roles array and programmes as an array", () => {
    const principal = claimsToPrincipal({
      sub: "e1",
      roles: ["Other.Role", "koordinierung"],
      programmes: ["stadtteilmanagement"],
    });
    expect(principal).toMatchObject({ role: "koordinierung", programmeIds: ["stadtteilmanagement"] });
  });

  it("takes role, Träger and programmes from the claims the city configured", () => {
    const principal = claimsToPrincipal(
      { sub: "e2", app_role: "traeger", extn_traeger: "caritas", extn_prog: "stadtteilmanagement" },
      { roleClaim: "app_role", traegerClaim: "extn_traeger", programmeClaim: "extn_prog" },
    );
    expect(principal).toMatchObject({
      role: "traeger",
      traegerId: "caritas",
      programmeIds: ["stadtteilmanagement"],
    });
  });

  it("ignores role and roles when another claim is configured", () => {
    refused({ sub: "e3", role: "leitung", roles: ["leitung"] }, { roleClaim: "app_role" });
  });

  it("refuses a token naming two roles instead of guessing", () => {
    refused({ sub: "u2", roles: ["koordinierung", "leitung"] });
  });

  it("refuses a token without a role of this application", () => {
    refused({ sub: "u3", roles: ["Global.Admin"] });
  });

  it("refuses a programme claim that is no programme id", () => {
    refused({ sub: "u4", role: "leitung", programmes: ["Stadtteil Management!"] });
  });

  it("gives a staff token without a programme claim no programmes", () => {
    expect(claimsToPrincipal({ sub: "u5", role: "leitung" }).programmeIds).toEqual([]);
  });
});
