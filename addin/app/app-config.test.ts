import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadAppConfig } from "./app-config";

const answer = (body: unknown, status = 200) =>
  (() => Promise.resolve(new Response(JSON.stringify(body), { status }))) as unknown as typeof fetch;
const offline = (() => Promise.reject(new TypeError("fetch failed"))) as unknown as typeof fetch;

const OIDC = { kind: "oidc", issuer: "https://idp.example/pool", clientId: "c1" };

beforeEach(() => vi.stubGlobal("location", new URL("https://pane.example/taskpane.html")));
afterEach(() => vi.unstubAllGlobals());

describe("loadAppConfig in a production build", () => {
  it("fails closed in German when config.json is missing, never falling back to the dev login", async () => {
    await expect(loadAppConfig({ fetchFn: answer({}, 404), devAllowed: false })).rejects.toThrow(
      /config\.json\) fehlen/,
    );
    await expect(loadAppConfig({ fetchFn: offline, devAllowed: false })).rejects.toThrow(/IT der Stadt/);
  });

  it("refuses a config.json that asks for the dev login", async () => {
    await expect(
      loadAppConfig({ fetchFn: answer({ signIn: { kind: "dev" } }), devAllowed: false }),
    ).rejects.toThrow(/Demo-Anmeldung/);
  });

  it("names the broken field", async () => {
    const broken = { signIn: { ...OIDC, issuer: "keine URL" } };
    await expect(loadAppConfig({ fetchFn: answer(broken), devAllowed: false })).rejects.toThrow(
      /signIn\.issuer/,
    );
  });

  it("reads the stack's config with its defaults", async () => {
    const config = await loadAppConfig({
      fetchFn: answer({ apiUrl: "https://api.example/", signIn: OIDC }),
      devAllowed: false,
    });
    expect(config).toEqual({
      apiUrl: "https://api.example",
      // No function URL named: the archive downloads take the API's path.
      archiveUrl: "",
      programmeId: "stadtteilmanagement",
      signIn: { ...OIDC, scope: "openid profile email", apiToken: "id", officeSso: false },
    });
  });
});

describe("loadAppConfig in a development build", () => {
  it("uses the dev login on this origin when there is no config.json", async () => {
    const config = await loadAppConfig({ fetchFn: answer({}, 404), devAllowed: true });
    expect(config.signIn).toEqual({ kind: "dev" });
    expect(config.apiUrl).toBe("https://pane.example");
  });
});
