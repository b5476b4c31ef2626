import { unzipSync, strFromU8 } from "fflate";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { taskPaneHeaders } from "../../functions/http/security-headers";
import { generateDevKeys } from "../../dev/dev-keys";
import { startLocalServer } from "../../dev/local-server";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { rawRequest } from "../support/raw-http";
import { rawRoutePath, routePath, routeRequest } from "../support/route-request";

/**
 * The local server's own edges (issue 18, points 4 and 8), over raw TCP where a client library
 * would refuse to send the request: DNS rebinding (a foreign Host), the password-less dev login,
 * answers Node would write bare, security headers, and where exported links point.
 */
let api: TestApi;
let host: string;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "pane-"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>Pane</title>");
  writeFileSync(join(dir, "taskpane.html"), "<!doctype html><title>Pane</title>");
  api = await startTestApi({ staticDir: dir });
  host = new URL(api.url).host;
});
afterAll(() => api?.close());

const problemOf = (answer: { headers: Record<string, string>; body: string }) => {
  expect(answer.headers["content-type"]).toMatch(/^application\/problem\+json/);
  return JSON.parse(answer.body) as { status: number; detail: string };
};

describe("the Host header", () => {
  it.each(["attacker.example:3310", "attacker.example", "127.0.0.1.attacker.example", "localhost"])(
    "refuses Host %s with 421 problem+json before the dev login mints a token",
    async (foreign) => {
      const body = '{"user":"koordinierung"}';
      const answer = await rawRequest(
        api.url,
        `POST /dev/login HTTP/1.1\r\nHost: ${foreign}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
      );
      expect(answer.status).toBe(421);
      expect(problemOf(answer).detail).toMatch(/nur unter diesen Host-Namen/);
      expect(answer.body).not.toContain("token");
    },
  );

  it("refuses an absolute-form target naming another host", async () => {
    const answer = await rawRequest(
      api.url,
      `GET http://attacker.example/openapi.json HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
    );
    expect(answer.status).toBe(421);
    problemOf(answer);
  });

  it("answers a request without Host (HTTP/1.1 and 1.0) with 400 problem+json", async () => {
    for (const version of ["1.1", "1.0"]) {
      const answer = await rawRequest(api.url, `GET /openapi.json HTTP/${version}\r\n\r\n`);
      expect(answer.status, version).toBe(400);
      expect(problemOf(answer).detail).toMatch(/keinen Host/);
    }
  });

  it("serves its own names: 127.0.0.1, localhost and [::1] with its port", async () => {
    for (const name of ["127.0.0.1", "localhost", "[::1]"]) {
      const answer = await rawRequest(
        api.url,
        `GET /openapi.json HTTP/1.1\r\nHost: ${name}:${host.split(":")[1]}\r\nConnection: close\r\n\r\n`,
      );
      expect(answer.status, name).toBe(200);
    }
  });
});

describe("answers Node would write bare", () => {
  it("answers an Expect it cannot meet with 417 problem+json and closes", async () => {
    const answer = await rawRequest(
      api.url,
      `POST /filings HTTP/1.1\r\nHost: ${host}\r\nExpect: 200-ok\r\nContent-Length: 2\r\n\r\n{}`,
    );
    expect(answer.status).toBe(417);
    expect(problemOf(answer).detail).toMatch(/Expect/);
    expect(answer.closedByServer).toBe(true);
  });

  it.each(["/%ff", rawRoutePath("getFiling", { id: "x%ZZ" }), "/%", "/taskpane.html%E0%A4%A"])(
    "answers GET and HEAD of %s with 400, never 500",
    async (path) => {
      const get = await rawRequest(
        api.url,
        `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
      );
      expect(get.status).toBe(400);
      expect(problemOf(get).detail).toMatch(/%-Kodierung/);
      const head = await rawRequest(
        api.url,
        `HEAD ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
      );
      expect(head.status).toBe(400);
    },
  );
});

describe("the dev login", () => {
  it("takes JSON only: text/plain (a post without preflight) is 415", async () => {
    for (const type of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
    ]) {
      const answer = await api.call("POST", "/dev/login", {
        body: new TextEncoder().encode('{"user":"koordinierung"}'),
        headers: { "content-type": type },
      });
      expect(answer.status, type).toBe(415);
      expect(answer.contentType).toMatch(/^application\/problem\+json/);
      expect(answer.body.detail).toMatch(/application\/json/);
    }
  });

  it("refuses a page of another origin, lets a local page and a tool without Origin sign in", async () => {
    const login = (origin?: string) =>
      api.call("POST", "/dev/login", {
        body: { user: "koordinierung" },
        headers: origin ? { origin } : {},
      });
    const foreign = await login("https://attacker.example");
    expect(foreign.status).toBe(403);
    expect(foreign.body.detail).toMatch(/nur von einer Seite auf diesem Rechner/);
    expect((await login("null")).status).toBe(403);
    expect((await login(api.url)).status).toBe(200);
    expect((await login()).status).toBe(200);
  });

  it("is never bound to anything but loopback", async () => {
    const devKeys = await generateDevKeys();
    for (const bind of ["0.0.0.0", "::", "192.168.1.10"])
      await expect(
        startLocalServer({
          deps: { store: api.store, clock: () => new Date() },
          devKeys,
          host: bind,
          port: 0,
        }),
      ).rejects.toThrow(/nur an Loopback/);
  });
});

describe("security headers", () => {
  it("sends the deployed task pane's headers (but HSTS, on plain HTTP) with every file it serves", async () => {
    const expected = taskPaneHeaders({ connectSources: [], https: false, upgradeInsecureRequests: false });
    for (const path of ["/", "/taskpane.html", "/config.json"]) {
      const answer = await api.call("GET", path);
      expect(answer.status, path).toBe(200);
      for (const [name, value] of Object.entries(expected))
        expect(answer.headers.get(name), `${path} ${name}`).toBe(value);
      expect(answer.headers.get("content-security-policy")).toContain(
        "script-src 'self' https://appsforoffice.microsoft.com",
      );
      expect(answer.headers.get("x-frame-options"), "Office on the web frames the pane").toBeNull();
    }
  });

  it("sends nosniff, a deny-all CSP and no framing with every API answer, errors included", async () => {
    const token = await api.token("koordinierung");
    for (const [path, status] of [
      [routePath("listProgrammes"), 200],
      [routePath("getFiling", { id: "gibt-es-nicht" }), 404],
      ["/gibt-es-nicht", 404],
    ] as const) {
      const answer = await api.call("GET", path, { token });
      expect(answer.status, path).toBe(status);
      expect(answer.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(answer.headers.get("content-security-policy"), path).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
      expect(answer.headers.get("x-frame-options"), path).toBe("DENY");
    }
  });
});

describe("links in the consolidated workbook", () => {
  it("point at the server's configured origin, whatever X-Forwarded-Proto or the target says", async () => {
    const awo = await api.token("awo");
    const filing = sampleVerwendungsnachweis();
    expect((await api.call(...routeRequest("submitFiling"), { token: awo, body: filing })).status).toBe(201);
    const token = await api.token("koordinierung");
    const path = routePath("getConsolidatedWorkbook", { programmeId: "stadtteilmanagement", year: 2025 });
    const answer = await rawRequest(
      api.url,
      `GET ${api.url}${path} HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${token}\r\nX-Forwarded-Proto: javascript\r\nX-Forwarded-Host: attacker.example\r\nConnection: close\r\n\r\n`,
    );
    expect(answer.status).toBe(200);
    const sheets = Object.entries(unzipSync(new Uint8Array(answer.bytes)))
      .filter(([name]) => name.startsWith("xl/worksheets/"))
      .map(([, data]) => strFromU8(data));
    const links = sheets.flatMap((xml) =>
      [...xml.matchAll(/HYPERLINK\(&quot;(.*?)&quot;,/g)].map((m) => m[1]!.replaceAll("&amp;", "&")),
    );
    expect(links.length).toBeGreaterThan(0);
    // The web app's view of the version on the server's own origin (it serves the app too).
    for (const link of links)
      expect(link).toMatch(
        new RegExp(`^${api.url.replace(/\./g, "\\.")}/#vorgang=[a-z0-9.-]+&version=\\d+$`),
      );
    expect(sheets.join("")).not.toMatch(/javascript|attacker/);
  }, 60_000);
});
