import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STREAM_SLICE_BYTES } from "../../functions/archive/stream-archive";
import type { PdfRenderer } from "../../functions/core/pdf-renderer";
import { setContext } from "../../functions/http/context";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { createApiClient } from "../../shared/api/api-client";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { fakeResponseStream } from "./fake-response-stream";
import { serveFunctionUrl, streamOnce, urlEvent } from "./serve-function-url";
import { routePath, routeRequest } from "../support/route-request";

const run = promisify(execFile);
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
/** Receipts are not what this file checks (archive.test.ts renders real ones): a small stand-in. */
const stubPdf: PdfRenderer = { render: async () => new TextEncoder().encode("%PDF-1.4 stand-in\n") };
/** A signed scan that does not compress, as a real one does not: PNG magic, then random bytes. */
const scan = () => {
  const bytes = randomBytes(2_900_000);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(bytes);
};
const SIX_MB = 6 * 1024 * 1024;

let api: TestApi;
let dir: string;
let koord: string;
const big = { id: "", scans: [] as Uint8Array[] };
let small = "";

const submit = async (traegerId: string, districtId: string) => {
  const filing = sampleVerwendungsnachweis({
    programmeId: "stadtteilmanagement",
    traegerId,
    districtId,
    year: 2025,
  });
  const sent = await api.call(...routeRequest("submitFiling"), {
    token: await api.token(traegerId),
    body: filing,
  });
  expect(sent.status, JSON.stringify(sent.body)).toBe(201);
  return sent.body.filingId as string;
};

beforeAll(async () => {
  api = await startTestApi();
  setContext({ pdf: stubPdf });
  dir = await mkdtemp(join(tmpdir(), "archiv-stream-"));
  koord = await api.token("koordinierung");
  big.id = await submit("caritas", "bockelsberg");
  small = await submit("awo", "kaltenmoor");
  // Three signed scans of 2.9 MB: the filing's archive is past API Gateway's 6 MB.
  for (let i = 0; i < 3; i++) {
    const bytes = scan();
    const up = await api.call(...routeRequest("uploadAttachment", { id: big.id, version: 1 }), {
      token: await api.token("caritas"),
      body: bytes,
    });
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    big.scans.push(bytes);
  }
}, 240_000);
afterAll(async () => {
  await api?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("the archive on a function URL with response streaming", () => {
  it("streams a filing's archive past 6 MB within the stream's rules, and unzip and sha256sum check every file", async () => {
    const fake = await streamOnce(routePath("getFilingArchive", { id: big.id }), koord, () => stubPdf);
    const { statusCode, headers, body } = await fake.response();
    expect(statusCode).toBe(200);
    expect(headers["content-type"]).toBe("application/zip");
    expect(headers["content-disposition"]).toBe(`attachment; filename="archiv-${big.id}.zip"`);
    expect(body.byteLength).toBeGreaterThan(SIX_MB);
    // Backpressure kept: the stream never held more than its high-water mark and one slice.
    const { maxBuffered, highWaterMark } = fake.stats();
    expect(maxBuffered).toBeLessThanOrEqual(highWaterMark + STREAM_SLICE_BYTES);

    await writeFile(join(dir, "big.zip"), body);
    await run("unzip", ["-q", "big.zip", "-d", "big"], { cwd: dir });
    const checked = await run("sha256sum", ["-c", "--quiet", "SHA256SUMS"], { cwd: join(dir, "big") });
    expect(checked.stderr).toBe("");
    const manifest = JSON.parse(await readFile(join(dir, "big", "manifest.json"), "utf8")) as {
      filings: number;
      files: { path: string; sha256: string; art: string }[];
    };
    expect(manifest.filings).toBe(1);
    const uploads = manifest.files.filter((f) => f.art === "Anlage").map((f) => f.sha256);
    expect(uploads.sort()).toEqual(big.scans.map(sha256).sort());
  }, 120_000);

  it("is what the HTTP API cannot answer: there the same archive is a 413 in German", async () => {
    const response = await api.call(...routeRequest("getFilingArchive", { id: big.id }), { token: koord });
    expect(response.status).toBe(413);
    expect(response.body.detail).toContain("Bytes");
  }, 120_000);

  it("refuses before the first byte, as problem+json in the prelude: no token 401, a Träger 403, unknown filing 404, another path 404", async () => {
    const cases: [string, string | undefined, number][] = [
      [routePath("getFilingArchive", { id: big.id }), undefined, 401],
      [routePath("getFilingArchive", { id: big.id }), await api.token("caritas"), 403],
      [routePath("getFilingArchive", { id: "stadtteilmanagement.2025.verwendungsnachweis.x.y" }), koord, 404],
      [routePath("getFiling", { id: big.id }), koord, 404],
    ];
    for (const [path, token, status] of cases) {
      const answer = await (await streamOnce(path, token, () => stubPdf)).response();
      expect(answer.statusCode, path).toBe(status);
      expect(answer.headers["content-type"]).toContain("application/problem+json");
      expect((JSON.parse(answer.body.toString("utf8")) as { detail: string }).detail).toMatch(/[a-zäöü]/);
    }
  });

  it("breaks the body off when the store fails mid-archive, so no client keeps a zip that looks whole", async () => {
    let reads = 0;
    const failing = new Proxy(api.store, {
      get: (store, key) =>
        key === "getAttachment"
          ? async (...args: Parameters<typeof store.getAttachment>) => {
              if (++reads > 1) throw new Error("store gone");
              return store.getAttachment(...args);
            }
          : (store[key as keyof typeof store] as unknown),
    });
    setContext({ store: failing });
    try {
      const fake = await streamOnce(routePath("getFilingArchive", { id: big.id }), koord, () => stubPdf);
      await expect(fake.response()).rejects.toThrow();
      expect(fake.broken()).toBe(true);
    } finally {
      setContext({ store: api.store });
    }
  });

  it("is where the one API client sends the archive routes when given streamBaseUrl; without it they go to the API", async () => {
    const functionUrl = await serveFunctionUrl({ pdf: () => stubPdf });
    try {
      const streamBaseUrl = functionUrl.url;
      const client = createApiClient({ baseUrl: api.url, streamBaseUrl, token: () => koord });
      const file = await client.filingArchive(big.id);
      expect(file.fileName).toBe(`archiv-${big.id}.zip`);
      expect(file.bytes.byteLength).toBeGreaterThan(SIX_MB);
      expect(functionUrl.counts.served).toBe(1);
      const other = await client.getFiling(small);
      expect(other.filing.meta.traegerId).toBe("awo");
      expect(functionUrl.counts.served).toBe(1);

      const local = createApiClient({ baseUrl: api.url, token: () => koord });
      const viaApi = await local.filingArchive(small);
      expect(viaApi.bytes.byteLength).toBeGreaterThan(0);
      expect(viaApi.bytes.byteLength).toBeLessThan(SIX_MB);
      expect(functionUrl.counts.served).toBe(1);
    } finally {
      await functionUrl.close();
    }
  }, 120_000);

  it("is the Lambda entry's handler once the runtime's awslambda global is there", async () => {
    const fake = fakeResponseStream();
    const runtime = globalThis as unknown as { awslambda?: unknown };
    runtime.awslambda = {
      streamifyResponse: (fn: unknown) => fn,
      HttpResponseStream: fake.HttpResponseStream,
    };
    try {
      const { handler } = await import("../../functions/archive/stream-handler");
      await handler(
        urlEvent(routePath("getFilingArchive", { id: small }), koord),
        fake.stream as never,
        {} as never,
      );
      const answer = await fake.response();
      expect(answer.statusCode).toBe(200);
      await writeFile(join(dir, "small.zip"), answer.body);
      const { stdout } = await run("unzip", ["-Z1", "small.zip"], { cwd: dir });
      expect(stdout).toContain(`${small}/v1/inhalt.json`);
    } finally {
      delete runtime.awslambda;
    }
  });
});
