import { describe, expect, it } from "vitest";
import { ROLES } from "../../shared/domain/lifecycle";
import { tokenClaims } from "./token-claims";

describe("tokenClaims", () => {
  it("gives a Träger user its role and Träger id", () => {
    expect(tokenClaims(["traeger"], "awo", ROLES)).toEqual({ role: "traeger", traeger_id: "awo" });
  });

  it("gives staff their role without a Träger id, even when the attribute is set", () => {
    expect(tokenClaims(["koordinierung"], "awo", ROLES)).toEqual({ role: "koordinierung" });
    expect(tokenClaims(["leitung"], undefined, ROLES)).toEqual({ role: "leitung" });
  });

  it("ignores groups that are no role", () => {
    expect(tokenClaims(["admins", "leitung"], undefined, ROLES)).toEqual({ role: "leitung" });
  });

  it("gives no role to a user in no role group or in several", () => {
    expect(tokenClaims([], "awo", ROLES)).toEqual({});
    expect(tokenClaims(["traeger", "koordinierung"], "awo", ROLES)).toEqual({});
  });

  it("leaves a Träger without Träger id without traeger_id, so the API refuses the token", () => {
    expect(tokenClaims(["traeger"], undefined, ROLES)).toEqual({ role: "traeger" });
  });
});

describe("tokenClaims: programmes", () => {
  it("passes the programmes attribute on as the space-separated claim the API splits", () => {
    expect(tokenClaims(["koordinierung"], undefined, ROLES, " stadtteilmanagement quartiersfonds ")).toEqual({
      role: "koordinierung",
      programmes: "stadtteilmanagement quartiersfonds",
    });
  });

  it("names no programmes when the attribute is empty", () => {
    expect(tokenClaims(["leitung"], undefined, ROLES, "")).toEqual({ role: "leitung" });
  });
});
