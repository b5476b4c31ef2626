import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleVerwendungsnachweis } from "../../shared/filing/sample-filings";
import type { VerwendungsnachweisFiling } from "../../shared/filing/filing";
import { writeWorkbook as writeWorkbookFile } from "../../shared/xlsx/write-workbook";
import { XLSX_MEDIA_TYPE } from "../http/edge-schemas";
import { startTestApi, type TestApi } from "../local/fixtures/start-test-api";

let api: TestApi;
const as = (user: string) => api.token(user);
beforeAll(async () => (api = await startTestApi()));
afterAll(() => api?.close());

const writeWorkbook = async (f: VerwendungsnachweisFiling) =>
  new Uint8Array(await writeWorkbookFile({ kind: f.kind, meta: f.meta, data: f.data }));

describe("workbook uploads", () => {
  const upload = async (bytes: Uint8Array, user = "awo") =>
    api.call("POST", "/filings", {
      token: await as(user),
      body: bytes,
      headers: { "content-type": XLSX_MEDIA_TYPE },
    });

  it("stores a filled-in workbook as a version from source xlsx", async () => {
    const filing = sampleVerwendungsnachweis({ traegerId: "awo", districtId: "innenstadt", year: 2025 });
    const response = await upload(await writeWorkbook(filing));
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const version = await api.call("GET", `/filings/${response.body.filingId}/versions/1`, {
      token: await as("koordinierung"),
    });
    expect(version.body).toMatchObject({ source: "xlsx", content: { meta: filing.meta } });
  });

  it("answers 422 naming the cell of each Fehler", async () => {
    const filing = sampleVerwendungsnachweis({ traegerId: "awo", districtId: "weisser-turm", year: 2025 });
    filing.data.verwaltung = 9_999_999;
    const response = await upload(await writeWorkbook(filing));
    expect(response.status).toBe(422);
    const fehler = response.body.findings.filter((f: { severity: string }) => f.severity === "fehler");
    expect(fehler.length).toBeGreaterThan(0);
    for (const f of fehler) expect(f.location.cell).toMatch(/!\$?[A-Z]+\$?\d+/);
  });

  it("answers 422 for a file that is no workbook", async () => {
    const response = await upload(new TextEncoder().encode("kein Excel"));
    expect(response.status).toBe(422);
    expect(response.body.findings[0].ruleId).toBe("EINGABE-MAPPE");
  });
});
