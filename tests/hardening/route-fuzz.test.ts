import fc from "fast-check";
import { request as httpRequest, Agent } from "node:http";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { body, fuzzIds, junk, pathFor, query } from "./fixtures/route-fuzz-arbitraries";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { ROUTES } from "../../shared/api/routes";
import { setContext } from "../../functions/http/context";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { rawRoutePath, routePath, routeRequest } from "../support/route-request";

/**
 * Every route, fuzzed through the local HTTP server in-process: path, query, header and body junk,
 * prototype keys, broken %-escapes, bodies the schemas accept but at their bounds. No request may
 * answer 5xx, every 4xx is problem+json in German, and a rejected request writes nothing.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 5_000);
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

let api: TestApi;
const tokens: Record<string, string> = {};
let filingId: string;
let writes = 0;
/** The store's methods that change the table (functions/core/filing-store.ts) and those that only read. */
const WRITES = [
  "appendVersion",
  "applyReview",
  "putDraft",
  "putParams",
  "putAttachment",
  "redactVersion",
  "appendZahlung",
  "requestStichprobe",
] as const;
const READS = [
  "getHead",
  "listHeads",
  "listHeadsPage",
  "getVersion",
  "getVersions",
  "getAuditTrails",
  "listAudit",
  "getIdempotencyRecord",
  "getParams",
  "getDraft",
  "readSubmission",
  "getOriginal",
  "listAttachments",
  "getAttachment",
  "isRedacted",
  "listZahlungen",
  "listStichproben",
] as const;

beforeAll(async () => {
  // With a task pane folder, as `npm start` serves one: its files are looked up before routing, which
  // is where a broken %-escape once threw.
  const pane = mkdtempSync(join(tmpdir(), "pane-"));
  writeFileSync(join(pane, "index.html"), "<!doctype html><title>Pane</title>");
  api = await startTestApi({ staticDir: pane });
  for (const user of ["awo", "caritas", "koordinierung", "leitung"]) tokens[user] = await api.token(user);
  const filing = sampleVerwendungsnachweis({
    programmeId: "stadtteilmanagement",
    traegerId: "awo",
    districtId: "kaltenmoor",
    year: 2025,
  });
  filingId = (await api.call(...routeRequest("submitFiling"), { token: tokens.awo, body: filing })).body
    .filingId;
  fuzzIds.filingId = filingId;
  // Every method of the store is a read or a write; a new one must be sorted in here, so the fuzz
  // can never miss a write it does not know of.
  const store = api.store;
  expect(Object.keys(store).sort()).toEqual([...READS, ...WRITES].sort());
  const counted = Object.fromEntries(
    Object.entries(store).map(([name, fn]) => {
      const method = fn as (...args: unknown[]) => Promise<unknown>;
      if (!(WRITES as readonly string[]).includes(name)) return [name, method];
      return [
        name,
        async (...args: unknown[]) => {
          const result = await method(...args);
          writes += 1;
          return result;
        },
      ];
    }),
  ) as unknown as typeof store;
  // Printing is not what the fuzz checks: receipts and archives render a stand-in PDF at once.
  setContext({ store: counted, pdf: { render: async () => new TextEncoder().encode("%PDF-1.4\n%%EOF\n") } });
});
afterAll(async () => {
  agent.destroy();
  await api?.close();
});

interface Raw {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

const send = ({ method, path, headers, body }: Raw) =>
  new Promise<{ status: number; contentType: string; text: string }>((resolve, reject) => {
    const url = new URL(api.url);
    const req = httpRequest(
      { host: url.hostname, port: url.port, method, path, headers, agent, insecureHTTPParser: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: String(res.headers["content-type"] ?? ""),
            text: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });

const headers = fc.record(
  {
    authorization: fc.oneof(
      fc.constantFrom("awo", "caritas", "koordinierung", "leitung").map((u) => `Bearer ${tokens[u]}`),
      fc.constant("Bearer a.b.c"),
      junk.map((j) => `Bearer ${j}`),
      junk,
    ),
    "content-type": fc.oneof(
      fc.constantFrom(
        "application/json",
        "application/json; charset=utf-8",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "text/plain",
        "multipart/form-data; boundary=x",
      ),
      junk.map((j) => j.replace(/[^\x20-\x7e]/g, "")),
    ),
    "idempotency-key": junk.map((j) => j.replace(/[^\x20-\x7e]/g, "")),
    host: fc.constantFrom(
      "localhost",
      "[::1",
      "a b",
      "ä.example",
      "%%",
      "x:99999999",
      "attacker.example:3310",
      "127.0.0.1",
    ),
  },
  { requiredKeys: [] },
);
const routeArb = fc.oneof(
  fc.constantFrom(...ROUTES.map((r) => ({ method: r.method, path: r.path }))),
  fc.constantFrom(
    { method: "POST", path: "/dev/login" },
    { method: "GET", path: "/dev/users" },
    { method: "GET", path: "/{x}/{y}" },
    { method: "GET", path: "/{x}" },
    { method: "HEAD", path: "/{x}" },
  ),
);
const requestArb = routeArb.chain((route) =>
  fc.record({
    route: fc.constant(route),
    path: pathFor(route.path),
    method: fc.option(fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"), {
      freq: 5,
    }),
    query,
    headers,
    body: fc.option(body, { freq: 3 }),
  }),
);

describe("route fuzzing", () => {
  it(`answers ${RUNS} generated requests without a single 5xx, every 4xx as German problem+json, rejected ones writing nothing`, async () => {
    const statuses = new Map<number, number>();
    let items = (await api.scan()).length;
    let writesAtScan = writes;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(requestArb, async (r) => {
        const path = r.path + r.query;
        const method = r.method ?? r.route.method;
        const cleanHeaders = Object.fromEntries(
          Object.entries(r.headers).map(([k, v]) => [k, String(v).replace(/[^\x20-\x7e]/g, "")]),
        );
        const writesBefore = writes;
        const hasBody = r.body !== null && method !== "GET" && method !== "HEAD";
        const response = await send({
          method,
          path,
          headers: cleanHeaders,
          ...(hasBody ? { body: r.body! } : {}),
        });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status, `${method} ${path} → ${response.text.slice(0, 300)}`).toBeLessThan(500);
        if (response.status >= 400 && method !== "HEAD") {
          expect(response.contentType, `${method} ${path} ${response.status}`).toMatch(
            /^application\/problem\+json/,
          );
          expect(JSON.parse(response.text).detail).toEqual(expect.any(String));
          expect(writes, `${method} ${path} ${response.status} schrieb`).toBe(writesBefore);
        }
        // Now and then the table itself: with no completed write since the last look, no new item.
        if (++runs % 250 === 0) {
          const now = (await api.scan()).length;
          if (writes === writesAtScan) expect(now).toBe(items);
          [items, writesAtScan] = [now, writes];
        }
      }),
      { numRuns: RUNS, seed: 4242 },
    );
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
  }, 170_000);
});

describe("the 500s the probe found", () => {
  const koordinierung = () => `Bearer ${tokens.koordinierung}`;
  const json = { "content-type": "application/json" };
  /** A review of the probe's filing by the Koordinierungsstelle with `body` as its JSON. */
  const review = (body: unknown) => () => ({
    method: "POST",
    path: routePath("reviewFiling", { id: filingId }),
    headers: { ...json, authorization: koordinierung() },
    body: JSON.stringify(body),
  });
  const params = defaultProgramParams({ programmeId: "stadtteilmanagement", year: 2025 });
  it.each([
    [
      "a broken %-escape in a path id",
      () => ({
        method: "GET",
        path: rawRoutePath("getFiling", { id: "%ff" }),
        headers: { authorization: koordinierung() },
      }),
      400,
    ],
    [
      "the dev login as user toString",
      () => ({ method: "POST", path: "/dev/login", headers: json, body: '{"user":"toString"}' }),
      400,
    ],
    [
      "a bad Host header",
      () => ({ method: "GET", path: routePath("getOpenApi"), headers: { host: "[::1" } }),
      421,
    ],
    [
      "a broken %-escape before the task pane's files",
      () => ({ method: "GET", path: "/%ff", headers: {} }),
      400,
    ],
    [
      "a broken %-escape in a HEAD",
      () => ({ method: "HEAD", path: rawRoutePath("getFiling", { id: "x%ZZ" }), headers: {} }),
      400,
    ],
    [
      "a comment path of prototype keys",
      review({
        action: "zurueckgeben",
        expectedVersion: 99,
        comments: [{ path: ["__proto__", "__proto__"], text: "x" }],
      }),
      400,
    ],
    [
      "200 comments of 4,000 characters",
      review({
        action: "zurueckgeben",
        comments: Array.from({ length: 200 }, () => ({ text: "x".repeat(4_000) })),
      }),
      400,
    ],
    [
      "a comment path of 40,000 indexes",
      review({
        action: "zurueckgeben",
        comments: [{ path: Array.from({ length: 40_000 }, (_, i) => i), text: "x" }],
      }),
      400,
    ],
    [
      "params with 20,000 Zuordnungen",
      () => ({
        method: "PUT",
        path: routePath("putParams", { programmeId: "stadtteilmanagement", year: 2025 }),
        headers: { ...json, authorization: koordinierung() },
        body: JSON.stringify({
          ...params,
          zuordnungen: Array.from({ length: 20_000 }, (_, i) => ({ districtId: `d${i}`, traegerId: "awo" })),
        }),
      }),
      400,
    ],
  ] as const)("answers %s without a 5xx", async (_name, build, status) => {
    const response = await send(build() as Raw);
    expect(response.status, response.text.slice(0, 200)).toBe(status);
    if (status >= 400) expect(response.contentType).toMatch(/^application\/problem\+json/);
  });
});
