import { spawn, spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../functions/local/fixtures/start-test-api";

/**
 * The local server refuses a body over 6 MB when the limit is passed, not when the client stops:
 * curl streams 64 MB chunked (a client that would go on and on) and must get 413 long before the end.
 */
let api: TestApi;
beforeAll(async () => (api = await startTestApi()));
afterAll(() => api?.close());

const hasCurl = spawnSync("curl", ["--version"]).status === 0;

describe("a body over the limit", () => {
  it.skipIf(!hasCurl)("is refused with 413 as soon as the limit is passed, even when chunked", async () => {
    const started = performance.now();
    const { stdout } = await new Promise<{ stdout: string }>((resolve) => {
      const child = spawn("bash", [
        "-c",
        `head -c 67108864 /dev/zero | curl -s -o /dev/null -w "%{http_code}" -X POST -H "content-type: application/json" -H "transfer-encoding: chunked" --data-binary @- ${api.url}/filings`,
      ]);
      let out = "";
      child.stdout.on("data", (d: Buffer) => (out += d.toString()));
      child.on("close", () => resolve({ stdout: out }));
    });
    expect(stdout).toBe("413");
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
