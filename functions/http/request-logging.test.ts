import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SAMPLE_META, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { setContext } from "./context";
import { logger } from "./logger";
import { captureJsonLogs } from "../../tests/support/capture-json-logs";
import { routeRequest } from "../../tests/support/route-request";

/** What must never reach a log: staff names, the signer, salaries (cents), free text. */
const SECRETS = ["Petersen", "Jana", "Yılmaz", "Deniz", "Martina Krüger", "5123456", "3210000", "Honorare"];

let api: TestApi;
let lines: string[] = [];

beforeAll(async () => {
  api = await startTestApi({ quiet: false, oneTraegerFor: "awo" });
  logger.setLogLevel("INFO");
  lines = captureJsonLogs();
});
afterAll(async () => {
  vi.restoreAllMocks();
  await api?.close();
});

const requestLines = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

describe("request logs", () => {
  it("log one structured line per request with ids and counts, but no names or amounts", async () => {
    lines.length = 0;
    const token = await api.token("awo");
    const filing = sampleVerwendungsnachweis();
    filing.data.schlussrechnung.begruendung = "Frau Petersen war krank";
    const submitted = await api.call(...routeRequest("submitFiling"), { token, body: filing });
    expect(submitted.status).toBe(201);
    await api.call(...routeRequest("getFiling", { id: submitted.body.filingId }), { token });
    const invalid = structuredClone(filing);
    invalid.data.verwaltung = 9_999_999;
    expect((await api.call(...routeRequest("submitFiling"), { token, body: invalid })).status).toBe(422);

    const logged = requestLines();
    expect(logged).toEqual([
      expect.objectContaining({
        route: "POST /filings",
        status: 201,
        filingId: submitted.body.filingId,
        version: 1,
      }),
      expect.objectContaining({ route: "GET /filings/{id}", status: 200, filingId: submitted.body.filingId }),
      expect.objectContaining({ route: "POST /filings", status: 422, findings: expect.any(Number) }),
    ]);
    for (const line of logged) {
      expect(line).toEqual(
        expect.objectContaining({ requestId: expect.any(String), durationMs: expect.any(Number) }),
      );
    }
    for (const secret of SECRETS) expect(lines.join("\n")).not.toContain(secret);
  });

  it("log an unexpected error with the request id only – the error's message may quote the filing", async () => {
    lines.length = 0;
    const failing = {
      ...api.store,
      appendVersion: () => Promise.reject(new Error("Petersen, Jana: 5123456")),
    };
    setContext({ store: failing });
    try {
      const response = await api.call(...routeRequest("submitFiling"), {
        token: await api.token("awo"),
        body: sampleVerwendungsnachweis({ ...SAMPLE_META, districtId: "innenstadt" }),
      });
      expect(response.status).toBe(500);
      expect(JSON.stringify(response.body)).not.toMatch(/Petersen|at .*:\d+/);
      const logged = requestLines();
      const error = logged.find((l) => l.level === "ERROR");
      const request = logged.find((l) => l.message === "request");
      expect(error?.requestId).toBe(request?.requestId);
      expect(response.body.detail).toContain(String(request?.requestId));
      for (const secret of SECRETS) expect(lines.join("\n")).not.toContain(secret);
    } finally {
      setContext({ store: api.store });
    }
  });
});
