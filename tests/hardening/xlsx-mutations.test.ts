import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { XLSX_MEDIA_TYPE } from "../../shared/api/edge-schemas";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/filing/sample-filings";
import { readWorkbook } from "../../shared/xlsx/read-workbook";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { XlsxRefusedError } from "../../shared/xlsx/xlsx-refused";
import { startTestApi, type TestApi } from "../../functions/local/fixtures/start-test-api";
import { bombs, withParts } from "../support/xlsx-bombs";

/**
 * 1,000+ broken workbooks through POST /filings (which reads each once, as the CLI and task pane do):
 * truncated and bit-flipped zips, broken XML, formulas and errors where values belong, merged cells,
 * rows down to 1,048,576, and the bombs the hardening issue reproduced. Each must end in a clear
 * 2xx/4xx (problem+json in German) within 5 s, the process may grow by at most 256 MB in all, and a
 * request sent alongside a bomb must not wait for it.
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

type Mutation = (bytes: Uint8Array) => Uint8Array;

const inSheet =
  (edit: (xml: string) => string): Mutation =>
  (bytes) => {
    const xml = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]!);
    return withParts(bytes, { "xl/worksheets/sheet1.xml": edit(xml) });
  };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map(
    (f): Mutation =>
      (b) =>
        b.slice(0, Math.floor(b.length * f)),
  ),
  fc
    .array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 20,
    })
    .map((flips): Mutation => (b) => {
      const out = b.slice();
      for (const [at, value] of flips) out[Math.floor(at * (out.length - 1))] = value;
      return out;
    }),
  fc
    .tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 1, max: 400 }),
      fc.constantFrom("", "<", "&", "<x>", "]]>", "\u0000", "<row>"),
    )
    .map(([at, length, junk]) =>
      inSheet((xml) => {
        const i = Math.floor(at * xml.length);
        return xml.slice(0, i) + junk + xml.slice(i + length);
      }),
    ),
  fc
    .constantFrom(
      "<f>1/0</f><v>#DIV/0!</v>",
      "<f>SUMME(A1:A3)</f>",
      '<f>HYPERLINK("http://x")</f><v>x</v>',
      "<v>=1+1</v>",
      "<v>abc</v>",
      "<v>1e400</v>",
      "<is><t>=cmd|'/c calc'!A0</t></is>",
    )
    .map((cell) => inSheet((xml) => xml.replace(/<v>[^<]*<\/v>/g, (m) => (Math.random() < 0.3 ? cell : m)))),
  fc
    .tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 1_048_576 }))
    .map(([col, row]) =>
      inSheet((xml) =>
        xml.replace(/<mergeCells[^>]*>/, `$&<mergeCell ref="C3:${String.fromCharCode(64 + col)}${row}"/>`),
      ),
    ),
  fc
    .constantFrom(
      '<row r="1048576"><c r="A1048576"><v>1</v></c></row>',
      '<row r="1048576" spans="1:16384"><c r="XFD1048576" t="s"><v>0</v></c></row>',
      '<row r="100"><c r="ZZ100"><v>1</v></c></row>',
    )
    .map((row) => inSheet((xml) => xml.replace("</sheetData>", `${row}</sheetData>`))),
);

const expectClear = (response: Awaited<ReturnType<TestApi["call"]>>) => {
  expect([200, 201, 403, 409, 413, 422], JSON.stringify(response.body)).toContain(response.status);
  if (response.status >= 400) {
    expect(response.contentType).toMatch(/^application\/problem\+json/);
    expect(response.body.detail).toMatch(/[äöüßÄÖÜ]|die|der|Die|Der/);
  }
};

const upload = (bytes: Uint8Array) =>
  api.call("POST", "/filings", { token, body: bytes, headers: { "content-type": XLSX_MEDIA_TYPE } });

describe("mutated and malicious workbooks", () => {
  it(`answer ${RUNS} mutated uploads with a clear 2xx/4xx within 5 s each, growing the process by at most 256 MB`, async () => {
    const before = process.memoryUsage().rss;
    let slowest = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(1), mutation, async (which, mutate) => {
        const bytes = mutate(templates[which]!);
        const started = performance.now();
        expectClear(await upload(bytes));
        slowest = Math.max(slowest, performance.now() - started);
        expect(performance.now() - started).toBeLessThan(5_000);
      }),
      { numRuns: RUNS, seed: 13 },
    );
    const grownMb = (process.resourceUsage().maxRSS * 1024 - before) / MB;
    expect(grownMb).toBeLessThan(256);
    expect(slowest).toBeLessThan(5_000);
  }, 180_000);

  it("refuses each reproduced bomb through the reader and POST /filings, while a concurrent request stays fast", async () => {
    const before = process.memoryUsage().rss;
    for (const [name, bytes] of Object.entries(bombs(templates[0]!))) {
      const started = performance.now();
      const read = await readWorkbook(bytes).then(
        (r) => r.findings.length,
        (err: unknown) => {
          expect(err, name).toBeInstanceOf(XlsxRefusedError);
          return -1;
        },
      );
      expect(read, name).toEqual(expect.any(Number));
      const [response, other] = await Promise.all([
        upload(bytes),
        (async () => {
          const t = performance.now();
          expect((await api.call("GET", "/openapi.json")).status).toBe(200);
          return performance.now() - t;
        })(),
      ]);
      expectClear(response);
      if (!name.includes("never references")) expect(response.status, name).toBe(413);
      expect(other, name).toBeLessThan(1_500);
      expect(performance.now() - started, name).toBeLessThan(5_000);
    }
    expect((process.resourceUsage().maxRSS * 1024 - before) / MB).toBeLessThan(256);
  }, 60_000);
});
