import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { XLSX_MEDIA_TYPE } from "../../shared/api/edge-schemas";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { READ_METER, readMeterSnapshot } from "../../shared/xlsx/read-meter";
import { readWorkbook } from "../../shared/xlsx/read-workbook";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { XLSX_LIMITS } from "../../shared/xlsx/xlsx-limits";
import { XlsxRefusedError } from "../../shared/xlsx/xlsx-refused";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { bombs } from "../support/xlsx-bombs";
import { mutationArb } from "../support/xlsx-mutations";
import { routeRequest } from "../support/route-request";

/**
 * 1,000+ broken workbooks through POST /filings (which reads each once, as the CLI and task pane do):
 * the mutation corpus (tests/support/xlsx-mutations.ts) and the bombs the hardening issue
 * reproduced. Each must end in a clear 2xx/4xx (problem+json in German); bounds are counts: the
 * process grows by at most 256 MB in all, the reader keeps at most XLSX_LIMITS.maxCells cells and
 * inflates at most maxTotalBytes per upload, and a request sent alongside a bomb is answered.
 */
const RUNS = 1_000;
const MB = 1024 * 1024;

let api: TestApi;
let token: string;
let templates: Uint8Array[];
beforeAll(async () => {
  api = await startTestApi();
  token = await api.token("awo");
  const meta = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2025 };
  templates = [
    new Uint8Array(await writeWorkbook(sampleVerwendungsnachweis(meta))),
    new Uint8Array(await writeWorkbook(sampleJahresbericht(meta))),
  ];
});
afterAll(() => api?.close());

const UNREAD = ["1 GiB entry the workbook never references", "30 entries of 3 MiB each (90 MiB together)"];

const expectClear = (response: Awaited<ReturnType<TestApi["call"]>>) => {
  expect([200, 201, 403, 409, 413, 422], JSON.stringify(response.body)).toContain(response.status);
  if (response.status >= 400) {
    expect(response.contentType).toMatch(/^application\/problem\+json/);
    expect(response.body.detail).toMatch(/[äöüßÄÖÜ]|die|der|Die|Der/);
  }
};

const upload = (bytes: Uint8Array) =>
  api.call(...routeRequest("submitFiling"), {
    token,
    body: bytes,
    headers: { "content-type": XLSX_MEDIA_TYPE },
  });

describe("mutated and malicious workbooks", () => {
  it(`answer ${RUNS} mutated uploads with a clear 2xx/4xx, each read within the bounds, growing the process by at most 256 MB`, async () => {
    const before = process.memoryUsage().rss;
    await fc.assert(
      fc.asyncProperty(fc.nat(1), mutationArb, async (which, mutate) => {
        const bytes = mutate(templates[which]!);
        const meter = readMeterSnapshot();
        expectClear(await upload(bytes));
        expect(READ_METER.cellsKept - meter.cellsKept).toBeLessThanOrEqual(XLSX_LIMITS.maxCells);
        expect(READ_METER.bytesInflated - meter.bytesInflated).toBeLessThanOrEqual(XLSX_LIMITS.maxTotalBytes);
      }),
      { numRuns: RUNS, seed: 13 },
    );
    const grownMb = (process.resourceUsage().maxRSS * 1024 - before) / MB;
    expect(grownMb).toBeLessThan(256);
  }, 300_000);

  it("refuses each reproduced bomb through the reader and POST /filings, while a concurrent request is answered", async () => {
    const before = process.memoryUsage().rss;
    for (const [name, bytes] of Object.entries(bombs(templates[0]!))) {
      const meter = readMeterSnapshot();
      const read = await readWorkbook(bytes).then(
        (r) => r.findings.length,
        (err: unknown) => {
          expect(err, name).toBeInstanceOf(XlsxRefusedError);
          return -1;
        },
      );
      expect(read, name).toEqual(expect.any(Number));
      const [response, other] = await Promise.all([upload(bytes), api.call(...routeRequest("getOpenApi"))]);
      expectClear(response);
      // Entries the reader never reads (media, unknown parts) are never inflated, however big.
      if (UNREAD.includes(name))
        expect(READ_METER.bytesInflated - meter.bytesInflated, name).toBeLessThan(MB);
      else expect(response.status, name).toBe(413);
      expect(other.status, name).toBe(200);
      // Reader and upload together: never more than the budget, twice.
      expect(READ_METER.bytesInflated - meter.bytesInflated, name).toBeLessThanOrEqual(
        2 * XLSX_LIMITS.maxTotalBytes,
      );
    }
    expect((process.resourceUsage().maxRSS * 1024 - before) / MB).toBeLessThan(256);
  }, 60_000);
});
