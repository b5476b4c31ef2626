import { createHash, randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { XLSX_MEDIA_TYPE } from "../../shared/api/edge-schemas";
import { SUBMITTABLE_FROM } from "../../shared/domain/lifecycle";
import { MAX_ORIGINAL_BYTES, SUBMISSION_BUDGET } from "../../shared/domain/store-limits";
import { filingKey } from "../../shared/filing/filing";
import { SAMPLE_META, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { longTextJahresbericht } from "../../functions/store/fixtures/large-filings";
import { createTestStore } from "../../functions/store/fixtures/create-test-store";
import { routePath, routeRequest } from "../support/route-request";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const meta = (year: number) => ({ ...SAMPLE_META, year });

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe("the original as submitted", () => {
  it("gives back an uploaded .xlsx byte for byte, with the SHA-256 the version records", async () => {
    const xlsx = await writeWorkbook(sampleVerwendungsnachweis(meta(2025)));
    const awo = await api.token("awo");
    const submitted = await api.call(...routeRequest("submitFiling"), {
      token: awo,
      body: xlsx,
      headers: { "content-type": XLSX_MEDIA_TYPE },
    });
    expect(submitted.status).toBe(201);
    const id = submitted.body.filingId as string;
    const version = await api.call(...routeRequest("getVersion", { id, version: 1 }), { token: awo });
    expect(version.body.sha256).toBe(sha256(xlsx));
    for (const user of ["awo", "koordinierung", "leitung"]) {
      const original = await api.call(...routeRequest("getOriginal", { id, version: 1 }), {
        token: await api.token(user),
      });
      expect(original.status).toBe(200);
      expect(original.contentType).toBe(XLSX_MEDIA_TYPE);
      expect(Buffer.compare(original.bytes, Buffer.from(xlsx))).toBe(0);
      expect(sha256(original.bytes)).toBe(version.body.sha256);
      expect(original.headers.get("x-content-sha256")).toBe(version.body.sha256);
      expect(original.headers.get("content-disposition")).toContain(`${id}.v1.original.xlsx`);
    }
  });

  it("keeps a JSON body as the exact bytes received, whitespace and key order included", async () => {
    const filing = sampleVerwendungsnachweis(meta(2026));
    const raw = `{\n  "meta": ${JSON.stringify(filing.meta)},   "kind": "verwendungsnachweis",\n"data": ${JSON.stringify(filing.data, null, 3)}\n}\n`;
    const response = await fetch(`${api.url}${routePath("submitFiling")}`, {
      method: "POST",
      headers: { authorization: `Bearer ${await api.token("awo")}`, "content-type": "application/json" },
      body: raw,
    });
    expect(response.status).toBe(201);
    const id = filingKey("verwendungsnachweis", filing.meta);
    const original = await api.call(...routeRequest("getOriginal", { id, version: 1 }), {
      token: await api.token("koordinierung"),
    });
    expect(original.bytes.toString("utf8")).toBe(raw);
    expect(original.headers.get("content-disposition")).toContain(".v1.original.json");
  });

  it("refuses a body larger than an original can be kept with 413 in German, storing nothing", async () => {
    const own = await startTestApi();
    try {
      const filing = sampleVerwendungsnachweis(meta(2027));
      const body = JSON.stringify(filing).replace(/}$/, `${" ".repeat(MAX_ORIGINAL_BYTES)}}`);
      const response = await fetch(`${own.url}${routePath("submitFiling")}`, {
        method: "POST",
        headers: { authorization: `Bearer ${await own.token("awo")}`, "content-type": "application/json" },
        body,
      });
      const problem = (await response.json()) as { detail: string };
      expect(response.status).toBe(413);
      expect(problem.detail).toMatch(/höchstens 2 MB/);
      expect(await own.store.getHead(filingKey("verwendungsnachweis", filing.meta))).toBeUndefined();
    } finally {
      await own.close();
    }
  });

  it("stores the largest original next to the largest content in one transaction, in items under 400 KB", async () => {
    const t = await createTestStore();
    // Content that gzip cannot shrink, just under its share of the transaction.
    const gz = (n: number) =>
      gzipSync(JSON.stringify({ content: longTextJahresbericht(n), findings: [] })).byteLength;
    let entries = Math.floor(SUBMISSION_BUDGET.maxContentCompressedBytes / (gz(4) / 4));
    while (gz(entries) > SUBMISSION_BUDGET.maxContentCompressedBytes) entries--;
    const content = longTextJahresbericht(entries);
    const bytes = new Uint8Array(randomBytes(MAX_ORIGINAL_BYTES));
    const filingId = filingKey(content.kind, content.meta);
    await t.store.appendVersion({
      filingId,
      content,
      findings: [],
      sha256: sha256(bytes),
      by: { sub: "u-awo", name: "Träger AWO", role: "traeger" },
      at: "2026-01-15T10:00:00.000Z",
      signer: null,
      source: "xlsx",
      original: { mediaType: XLSX_MEDIA_TYPE, bytes },
      submittableFrom: SUBMITTABLE_FROM,
    });
    const back = await t.store.getOriginal(filingId, 1);
    if (!back || !("bytes" in back)) throw new Error("Original fehlt");
    expect(back.sha256).toBe(sha256(bytes));
    expect(Buffer.compare(Buffer.from(back.bytes), Buffer.from(bytes))).toBe(0);
    const chunks = (await t.scan()).filter((i) => i.type === "original");
    expect(chunks).toHaveLength(Math.ceil(MAX_ORIGINAL_BYTES / SUBMISSION_BUDGET.originalChunkBytes));
    for (const c of chunks) expect((c.data as Uint8Array).byteLength).toBeLessThanOrEqual(350_000);
    expect((await t.store.getVersion(filingId, 1))?.content).toEqual(content);
    t.client.destroy();
  }, 60_000);
});
