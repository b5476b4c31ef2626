import { describe, expect, it } from "vitest";
import { ROUTES } from "../shared/api/routes";
import { matchRoute } from "./match-route";

describe("matchRoute", () => {
  it("finds a route and decodes its path parameters", () => {
    const match = matchRoute(
      ROUTES,
      "GET",
      "/filings/stadtteilmanagement.2025.jahresbericht.awo.kaltenmoor/versions/3",
    );
    expect(match).toMatchObject({
      kind: "found",
      route: { id: "getVersion" },
      pathParameters: { id: "stadtteilmanagement.2025.jahresbericht.awo.kaltenmoor", version: "3" },
    });
  });

  it("tells the exact path apart from one with parameters", () => {
    expect(matchRoute(ROUTES, "GET", "/filings")).toMatchObject({ route: { id: "listFilings" } });
    expect(matchRoute(ROUTES, "GET", "/openapi.json")).toMatchObject({ route: { id: "getOpenApi" } });
    expect(matchRoute(ROUTES, "GET", "/openapiXjson")).toEqual({ kind: "not-found" });
  });

  it("reports the allowed methods for a known path", () => {
    expect(matchRoute(ROUTES, "DELETE", "/programmes/stadtteilmanagement/params/2025")).toEqual({
      kind: "method-not-allowed",
      allowed: ["GET", "PUT"],
    });
  });

  it("reports a broken %-escape in a path parameter instead of throwing", () => {
    expect(matchRoute(ROUTES, "GET", "/filings/%ff")).toEqual({ kind: "malformed" });
    expect(matchRoute(ROUTES, "GET", "/filings/a%/versions/1")).toEqual({ kind: "malformed" });
  });

  it("never serves the dev login from the route table", () => {
    expect(ROUTES.some((r) => r.path.startsWith("/dev"))).toBe(false);
  });
});
