import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../dev/fixtures/start-test-api";
import { createApiClient } from "../shared/api/api-client";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../shared/samples/sample-filings";
import { verifyArchiveZip } from "../tests/records/verify-archive-zip";
import type { CliIo } from "./cli-io";
import { runCli } from "./run-cli";

// `foerderbericht archive` in process against the local server on DynamoDB Local, through the one
// client; the zip is checked with unzip and sha256sum alone, as someone without this product would.

let api: TestApi;
let dir: string;
const META = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2025 };
let filingId = "";

beforeAll(async () => {
  api = await startTestApi();
  dir = await mkdtemp(join(tmpdir(), "foerderbericht-cli-archive-"));
  const awo = createApiClient({ baseUrl: api.url, token: () => api.token("awo") });
  filingId = (await awo.submit({ json: sampleJahresbericht(META) }, "archive-1")).filingId;
  await awo.submit({ json: sampleVerwendungsnachweis(META) }, "archive-2");
}, 120_000);
afterAll(async () => {
  await api?.close();
  await rm(dir, { recursive: true, force: true });
});

const run = async (args: string[], token?: string) => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), cwd: dir };
  const code = await runCli(
    [...args, "--api", api.url, "--token", token ?? (await api.token("koordinierung"))],
    io,
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
};

describe("foerderbericht archive", () => {
  it("writes the year's archive, whose manifest hashes every file, with the bytes received on stderr", async () => {
    const result = await run(["archive", "--jahr", "2025", "--out", "jahr.zip"]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toBe("Archiv des Förderjahres 2025 geschrieben: jahr.zip");
    expect(result.err).toMatch(/^Archiv: \d+,\d MB empfangen\.$/m);
    const { manifest } = await verifyArchiveZip(dir, "jahr.zip", "jahr");
    expect(manifest.filings).toBe(2);
  });

  it("writes one filing's archive under the name the API gives it", async () => {
    const result = await run(["archive", "--vorgang", filingId]);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toBe(`Archiv des Vorgangs ${filingId} geschrieben: archiv-${filingId}.zip`);
    const { manifest } = await verifyArchiveZip(dir, `archiv-${filingId}.zip`, "vorgang");
    expect(manifest.filings).toBe(1);
    expect(new Set(manifest.files.filter((f) => f.filingId).map((f) => f.filingId))).toEqual(
      new Set([filingId]),
    );
  });

  it("refuses to overwrite an archive already there without --force", async () => {
    const again = await run(["archive", "--jahr", "2025", "-o", "jahr.zip"]);
    expect(again.code).not.toBe(0);
    expect(again.err).toMatch(/Die Datei „jahr\.zip“ gibt es schon/);
    expect((await run(["archive", "--jahr", "2025", "-o", "jahr.zip", "--force"])).code).toBe(0);
  });

  it("names the API's German detail when a Träger asks for the archive", async () => {
    const result = await run(
      ["archive", "--jahr", "2025", "--programme", "stadtteilmanagement"],
      await api.token("awo"),
    );
    expect(result.code).not.toBe(0);
    expect(result.err).toMatch(/Die Schnittstelle antwortet 403: \S/);
  });

  it("asks for a year or a filing, in German, pointing to its help", async () => {
    const result = await run(["archive"]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Bitte --jahr als Förderjahr angeben[\s\S]*foerderbericht archive --help/);
    const help = await runCli(["help", "archive"], {
      out: (t) => expect(t).toMatch(/--vorgang <id>/),
      err: () => {},
      cwd: dir,
    });
    expect(help).toBe(0);
  });
});
