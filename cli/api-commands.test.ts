import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../dev/fixtures/start-test-api";
import { createApiClient } from "../shared/api/api-client";
import { sampleJahresbericht } from "../shared/samples/sample-filings";
import type { CliIo } from "./cli-io";
import { runCli } from "./run-cli";

// consolidate and publish call the API through the one client (shared/api/api-client.ts), in
// process against the local server on DynamoDB Local: files as the API sends them, failures German.

let api: TestApi;
let dir: string;
const META = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2025 };

beforeAll(async () => {
  api = await startTestApi();
  dir = await mkdtemp(join(tmpdir(), "foerderbericht-cli-api-"));
  const awo = createApiClient({ baseUrl: api.url, token: () => api.token("awo") });
  await awo.submit({ json: sampleJahresbericht(META) }, "cli-1");
});
afterAll(async () => {
  await api?.close();
  await rm(dir, { recursive: true, force: true });
});

const run = async (args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), cwd: dir };
  const code = await runCli(args, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
};

/** `foerderbericht <command> --year 2025 --api … --token … -o <file>` as `user`. */
const runFor2025 = async (command: string, user: string, file: string) =>
  run([command, "--year", "2025", "--api", api.url, "--token", await api.token(user), "-o", file]);

describe("foerderbericht consolidate and publish against the API", () => {
  it("writes the consolidated workbook the API builds", async () => {
    const result = await runFor2025("consolidate", "koordinierung", "k.xlsx");
    expect(result).toMatchObject({ code: 0, err: "" });
    const bytes = await readFile(join(dir, "k.xlsx"));
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it("writes the year's publication PDF the API prints", async () => {
    const result = await runFor2025("publish", "leitung", "j.pdf");
    expect(result).toMatchObject({ code: 0, err: "" });
    expect((await readFile(join(dir, "j.pdf"))).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("names the API's German detail when the login may not do it", async () => {
    const token = await api.token("awo");
    const result = await run(["consolidate", "--year", "2025", "--api", api.url, "--token", token]);
    expect(result.code).not.toBe(0);
    expect(result.err).toMatch(/^Die Schnittstelle antwortet 403: \S/);
  });

  it("says the API cannot be reached when nothing answers", async () => {
    const result = await run([
      "consolidate",
      "--year",
      "2025",
      "--api",
      "http://127.0.0.1:9",
      "--token",
      "t",
    ]);
    expect(result.code).not.toBe(0);
    expect(result.err).toMatch(
      /Die Schnittstelle http:\/\/127\.0\.0\.1:9 ist nicht erreichbar\. Keine Verbindung/,
    );
  });
});
