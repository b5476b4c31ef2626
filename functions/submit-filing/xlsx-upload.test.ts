import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  SAMPLE_META,
  sampleJahresbericht,
  sampleVerwendungsnachweis,
} from "../../shared/samples/sample-filings";
import { filingKey, type Filing } from "../../shared/filing/filing";
import { blankFiling } from "../../shared/filing/forms";
import { JAHRESBERICHT_LAYOUT } from "../../shared/layout/jahresbericht-layout";
import { readWorkbook } from "../../shared/xlsx/read-workbook";
import { openWorkbook, saveWorkbook } from "../../shared/xlsx/test-support/user-edits";
import { writeWorkbook as writeWorkbookFile } from "../../shared/xlsx/write-workbook";
import { XLSX_MEDIA_TYPE } from "../../shared/api/edge-schemas";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { routeRequest } from "../../tests/support/route-request";

// Counts how often an upload is parsed; it still reads for real.
vi.mock("../../shared/xlsx/read-workbook", async (importOriginal) => {
  const original = await importOriginal<{ readWorkbook: typeof readWorkbook }>();
  return { ...original, readWorkbook: vi.fn(original.readWorkbook) };
});

let api: TestApi;
const as = (user: string) => api.token(user);
// These tests file AWO's filings for several districts.
beforeAll(async () => (api = await startTestApi({ oneTraegerFor: "awo" })));
afterAll(() => api?.close());

const writeWorkbook = async (f: Filing) => new Uint8Array(await writeWorkbookFile(f));

describe("workbook uploads", () => {
  const upload = async (bytes: Uint8Array, user = "awo") =>
    api.call(...routeRequest("submitFiling"), {
      token: await as(user),
      body: bytes,
      headers: { "content-type": XLSX_MEDIA_TYPE },
    });

  it("stores a filled-in workbook as a version from source xlsx", async () => {
    const filing = sampleVerwendungsnachweis({ ...SAMPLE_META, districtId: "innenstadt" });
    const response = await upload(await writeWorkbook(filing));
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const version = await api.call(
      ...routeRequest("getVersion", { id: response.body.filingId, version: 1 }),
      {
        token: await as("koordinierung"),
      },
    );
    expect(version.body).toMatchObject({ source: "xlsx", content: { meta: filing.meta } });
  });

  it("answers 422 naming the cell of each Fehler", async () => {
    const filing = sampleVerwendungsnachweis({ ...SAMPLE_META, districtId: "weisser-turm" });
    filing.data.verwaltung = 9_999_999;
    const response = await upload(await writeWorkbook(filing));
    expect(response.status).toBe(422);
    const fehler = response.body.findings.filter((f: { severity: string }) => f.severity === "fehler");
    expect(fehler.length).toBeGreaterThan(0);
    for (const f of fehler) expect(f.location.cell).toMatch(/!\$?[A-Z]+\$?\d+/);
  });

  it("refuses a blank Jahresbericht template with 422 at the empty sections and stores nothing", async () => {
    const meta = { ...SAMPLE_META, districtId: "ebensberg-luene-moorfeld" };
    const blank = new Uint8Array(await writeWorkbookFile({ kind: "jahresbericht", meta }));
    const response = await upload(blank);
    expect(response.status, JSON.stringify(response.body)).toBe(422);
    const inhalt = response.body.findings.filter((f: { ruleId: string }) => f.ruleId === "JB-INHALT");
    expect(inhalt.length).toBeGreaterThan(0);
    for (const f of inhalt) {
      expect(f.severity).toBe("fehler");
      expect(f.location.cell).toMatch(/!\$?[A-Z]+\$?\d+/);
    }
    // The same blank content as JSON: 422 too.
    const asJson = await api.call(...routeRequest("submitFiling"), {
      token: await as("awo"),
      body: { kind: "jahresbericht", meta, data: blankFiling("jahresbericht", meta).data },
    });
    expect(asJson.status).toBe(422);
    const id = filingKey("jahresbericht", meta);
    expect((await api.call(...routeRequest("getFiling", { id }), { token: await as("awo") })).status).toBe(
      404,
    );
    const list = await api.call(
      ...routeRequest(
        "listFilings",
        {},
        { programme: "stadtteilmanagement", year: 2025, district: meta.districtId },
      ),
      { token: await as("koordinierung") },
    );
    expect(list.body.items).toEqual([]);
  });

  it("answers 422 for a file that is no workbook", async () => {
    const response = await upload(new TextEncoder().encode("kein Excel"));
    expect(response.status).toBe(422);
    expect(response.body.findings[0].ruleId).toBe("EINGABE-MAPPE");
  });

  it("answers 422 with the unreadable cell and the cross-check against the stored Verwendungsnachweis, reading the workbook once", async () => {
    const meta = { ...SAMPLE_META, districtId: "kaltenmoor" };
    const stored = await api.call(...routeRequest("submitFiling"), {
      token: await as("awo"),
      body: sampleVerwendungsnachweis(meta),
    });
    expect(stored.status, JSON.stringify(stored.body)).toBe(201);
    const jb = sampleJahresbericht(meta);
    jb.data.ressourcen.sachkosten = 640_000; // 3.1 no longer matches the Verwendungsnachweis
    const workbook = await openWorkbook(Buffer.from(await writeWorkbook(jb)));
    const personalkosten = JAHRESBERICHT_LAYOUT.fields.find(
      (f) => f.name === "JB_ressourcen_personalkosten",
    )!;
    const cellOf = (address: string) => `'${personalkosten.sheet}'!${address}`;
    workbook.getWorksheet(personalkosten.sheet)!.getCell(personalkosten.address).value = "viel";
    vi.mocked(readWorkbook).mockClear();

    const response = await upload(new Uint8Array(await saveWorkbook(workbook)));

    expect(response.status, JSON.stringify(response.body)).toBe(422);
    expect(vi.mocked(readWorkbook)).toHaveBeenCalledTimes(1);
    const findings = response.body.findings as {
      ruleId: string;
      severity: string;
      location: { cell?: string };
    }[];
    expect(findings.filter((f) => f.location.cell === cellOf(personalkosten.address))).toEqual([
      expect.objectContaining({ ruleId: "EINGABE-BETRAG", severity: "fehler" }),
    ]);
    const sachkosten = JAHRESBERICHT_LAYOUT.fields.find((f) => f.name === "JB_ressourcen_sachkosten")!;
    expect(findings).toContainEqual(
      expect.objectContaining({
        ruleId: "JB-RESSOURCEN-ABGLEICH",
        severity: "warnung",
        location: expect.objectContaining({
          path: ["ressourcen", "sachkosten"],
          cell: cellOf(sachkosten.address),
        }),
      }),
    );
    const versions = await api.call(...routeRequest("getFiling", { id: filingKey("jahresbericht", meta) }), {
      token: await as("koordinierung"),
    });
    expect(versions.status).toBe(404);
  });
});
