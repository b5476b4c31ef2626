import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../cli/run-cli";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { XLSX_MEDIA_TYPE } from "../../shared/api/edge-schemas";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { READ_METER, readMeterSnapshot, type ReadMeter } from "../../shared/xlsx/read-meter";
import { readWorkbook } from "../../shared/xlsx/read-workbook";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { XLSX_LIMITS } from "../../shared/xlsx/xlsx-limits";
import { XlsxRefusedError } from "../../shared/xlsx/xlsx-refused";
import { runBin } from "../support/run-bin";
import {
  BOMB_VALUES,
  CONSTRUCTS,
  reportedBypasses,
  spellingArb,
  withConstruct,
  type Construct,
} from "../support/xlsx-bypasses";
import { routeRequest } from "../support/route-request";

/**
 * The three workbooks that took the server down (issue 18: an entity colon in a defined name, a
 * single-quoted merge, a 20,000,000-column span) and a generated family around them, through the
 * reader, the CLI and POST /filings. Bounds are asserted as counts of what the reader allocated
 * (READ_METER), never as times.
 */
let api: TestApi;
let token: string;
let template: Uint8Array;
let dir: string;
const meta = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2025 };
beforeAll(async () => {
  api = await startTestApi();
  token = await api.token("awo");
  template = new Uint8Array(await writeWorkbook(sampleVerwendungsnachweis(meta)));
  dir = await mkdtemp(join(tmpdir(), "foerderbericht-bypass-"));
});
afterAll(async () => {
  await api?.close();
  await rm(dir, { recursive: true, force: true });
});

const since = (before: ReadMeter) =>
  Object.fromEntries(
    Object.entries(READ_METER).map(([k, v]) => [k, v - before[k as keyof ReadMeter]]),
  ) as ReadMeter;

/** Reads and expects a refusal before the reader kept a single cell; returns what was allocated. */
const expectRefusedByReader = async (bytes: Uint8Array, name: string) => {
  const before = readMeterSnapshot();
  const error = await readWorkbook(bytes).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error, name).toBeInstanceOf(XlsxRefusedError);
  expect((error as XlsxRefusedError).reason, name).toBe("too-large");
  expect((error as XlsxRefusedError).message).toMatch(/^Die Arbeitsmappe ist zu groß: .+\. Bitte /);
  const used = since(before);
  expect(used.cellsKept, name).toBe(0);
  expect(used.tableValues, name).toBe(0);
  expect(used.bytesInflated, name).toBeLessThanOrEqual(XLSX_LIMITS.maxTotalBytes);
  return used;
};

const upload = (bytes: Uint8Array) =>
  api.call(...routeRequest("submitFiling"), {
    token,
    body: bytes,
    headers: { "content-type": XLSX_MEDIA_TYPE },
  });

/** POST /filings answers 413 in German while a concurrent request is answered, and the server lives on. */
const expectRefusedByApi = async (bytes: Uint8Array, name: string) => {
  const [response, other] = await Promise.all([upload(bytes), api.call(...routeRequest("getOpenApi"))]);
  expect(response.status, name).toBe(413);
  expect(response.contentType).toMatch(/^application\/problem\+json/);
  expect(response.body.detail).toMatch(/^Die Arbeitsmappe ist zu groß/);
  expect(other.status, name).toBe(200);
};

describe("the reported guard bypasses", () => {
  it("are refused by the reader before it keeps a cell", async () => {
    for (const [name, bytes] of Object.entries(reportedBypasses(template))) {
      const used = await expectRefusedByReader(bytes, name);
      expect(used.bytesInflated, name).toBeLessThan(400 * 1024);
    }
  });

  it("are refused by POST /filings with 413 in German, a concurrent request answered, the server alive", async () => {
    for (const [name, bytes] of Object.entries(reportedBypasses(template)))
      await expectRefusedByApi(bytes, name);
    expect((await upload(template)).status).toBe(201);
  });

  it("are not even inflated for a caller who may not submit: 403 before the body is read", async () => {
    for (const role of ["koordinierung", "leitung"]) {
      const other = await api.token(role);
      for (const [name, bytes] of Object.entries(reportedBypasses(template))) {
        const before = readMeterSnapshot();
        const response = await api.call(...routeRequest("submitFiling"), {
          token: other,
          body: bytes,
          headers: { "content-type": XLSX_MEDIA_TYPE },
        });
        expect(response.status, `${role}: ${name}`).toBe(403);
        expect(response.body.detail).toMatch(/nur ein Träger/);
        expect(since(before).bytesInflated, `${role}: ${name}`).toBe(0);
      }
    }
  });

  it("are refused by `foerderbericht validate` with exit code 2 and the German reason", async () => {
    const cases = Object.entries(reportedBypasses(template));
    for (const [i, [name, bytes]] of cases.entries()) {
      await writeFile(join(dir, `bombe-${i}.xlsx`), bytes);
      const before = readMeterSnapshot();
      const err: string[] = [];
      const code = await runCli(["validate", `bombe-${i}.xlsx`], {
        out: () => {},
        err: (t) => err.push(t),
        cwd: dir,
      });
      expect(code, name).toBe(2);
      expect(err.join("\n"), name).toMatch(
        new RegExp(`„bombe-${i}\\.xlsx“ wird nicht gelesen\\. Die Arbeitsmappe ist zu groß`),
      );
      expect(since(before).cellsKept, name).toBe(0);
    }
    // The real launcher, once per workbook, as a user calls it.
    for (const i of cases.keys()) {
      const result = await runBin(["validate", `bombe-${i}.xlsx`], dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/Die Arbeitsmappe ist zu groß/);
    }
  }, 120_000);
});

describe("the family around them: every bounded construct × quoting × entity encoding × attribute order", () => {
  const construct = fc.constantFrom<Construct>(...CONSTRUCTS);

  it("is refused by the reader before it keeps a cell, however the value is spelled", async () => {
    await fc.assert(
      fc.asyncProperty(construct, spellingArb, async (c, spelling) => {
        await expectRefusedByReader(
          withConstruct(template, c, BOMB_VALUES[c], spelling),
          `${c} ${JSON.stringify(spelling)}`,
        );
      }),
      { numRuns: 200, seed: 18 },
    );
  });

  it("is refused by POST /filings with 413, a concurrent request answered", async () => {
    await fc.assert(
      fc.asyncProperty(construct, spellingArb, async (c, spelling) => {
        await expectRefusedByApi(
          withConstruct(template, c, BOMB_VALUES[c], spelling),
          `${c} ${JSON.stringify(spelling)}`,
        );
      }),
      { numRuns: 40, seed: 18 },
    );
  });

  it("reads a whole-grid reference nobody expands (dimension, formats, validations, hyperlinks) with the cells of the untouched workbook", async () => {
    const before = readMeterSnapshot();
    const untouched = await readWorkbook(template);
    const baseline = since(before);
    const whole = "A1:XFD1048576";
    for (const c of ["dimension", "conditionalFormatting", "dataValidation", "hyperlink"] as const) {
      const start = readMeterSnapshot();
      const read = await readWorkbook(
        withConstruct(template, c, whole, { quote: "'", encoding: "colon", rotate: 1 }),
      );
      expect(read.filing, c).toEqual(untouched.filing);
      expect(since(start).cellsKept, c).toBe(baseline.cellsKept);
      expect(since(start).tableValues, c).toBe(baseline.tableValues);
    }
  });
});
