import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_META, sampleVerwendungsnachweis } from "../shared/samples/sample-filings";
import { startTestApi, type TestApi } from "./fixtures/start-test-api";
import { routePath, routeRequest } from "../tests/support/route-request";

let api: TestApi;
const as = (user: string) => api.token(user);
// These tests file AWO's filings for several districts.
beforeAll(async () => (api = await startTestApi({ oneTraegerFor: "awo" })));
afterAll(() => api?.close());

describe("errors as problem+json", () => {
  /** AWO submits `text` as it is, declared as `contentType`. */
  const submitText = async (text: string, contentType: string) =>
    api.call(...routeRequest("submitFiling"), {
      token: await as("awo"),
      body: new TextEncoder().encode(text),
      headers: { "content-type": contentType },
    });

  it("answers 422 listing every finding when the filing has Fehler, and stores nothing", async () => {
    const broken = sampleVerwendungsnachweis({ ...SAMPLE_META, districtId: "bockelsberg" });
    broken.data.verwaltung = 9_999_999; // far above 13 % of Personalkosten
    broken.data.personal.zeilen[0]!.stellenanteil = 1.5;
    const response = await api.call(...routeRequest("submitFiling"), {
      token: await as("awo"),
      body: broken,
    });
    expect(response.status).toBe(422);
    expect(response.contentType).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      type: "invalid-filing",
      status: 422,
      title: "Einreichung fehlerhaft",
    });
    const fehler = response.body.findings.filter((f: { severity: string }) => f.severity === "fehler");
    expect(fehler.length).toBeGreaterThanOrEqual(2);
    for (const f of response.body.findings) {
      expect(f).toEqual(
        expect.objectContaining({
          ruleId: expect.any(String),
          message: expect.any(String),
          location: expect.any(Object),
        }),
      );
      expect(f.location.label).toBeTruthy();
    }
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts:\d+/);
    const after = await api.call(
      ...routeRequest(
        "listFilings",
        {},
        { programme: "stadtteilmanagement", year: 2025, district: "bockelsberg" },
      ),
      { token: await as("awo") },
    );
    expect(after.body.items).toEqual([]);
  });

  it("answers 400 with German issues for a malformed review request", async () => {
    const response = await api.call(...routeRequest("reviewFiling", { id: "x" }), {
      token: await as("koordinierung"),
      body: { action: "genehmigen" },
    });
    expect(response.status).toBe(400);
    expect(response.body.issues.join(" ")).toMatch(/action/);
  });

  it("answers 400 for a body that is not JSON", async () => {
    const response = await submitText("{kein json", "application/json");
    expect(response.status).toBe(400);
    expect(response.body.detail).toBe("Der Inhalt der Anfrage ist kein gültiges JSON.");
  });

  it("answers 415 for an unsupported media type", async () => {
    const response = await submitText("a;b", "text/csv");
    expect(response.status).toBe(415);
  });

  it("answers 401 in German for a forged token", async () => {
    const token = (await as("koordinierung")).replace(/\.[^.]+$/, ".AAAA");
    const response = await api.call(
      ...routeRequest("listFilings", {}, { programme: "stadtteilmanagement", year: 2025 }),
      { token },
    );
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(response.body.detail).toMatch(/Token ist ungültig/);
  });

  it("answers CORS preflights for the add-in's dev server", async () => {
    const response = await fetch(`${api.url}${routePath("submitFiling")}`, {
      method: "OPTIONS",
      headers: { origin: "https://localhost:3001", "access-control-request-method": "POST" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("https://localhost:3001");
    expect(response.headers.get("access-control-allow-headers")).toMatch(/idempotency-key/);
  });

  it("keeps the dev login out of the route table but serves it locally", async () => {
    const users = await api.call("GET", "/dev/users");
    expect(users.body.map((u: { user: string }) => u.user)).toEqual(
      expect.arrayContaining(["awo", "koordinierung", "leitung"]),
    );
    const login = await api.call("POST", "/dev/login", { body: { user: "leitung" } });
    const me = await api.call(
      ...routeRequest("getParams", { programmeId: "stadtteilmanagement", year: 2025 }),
      {
        token: login.body.token,
      },
    );
    expect(me.status).toBe(200);
  });
});
