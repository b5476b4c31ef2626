import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { XLSX_MEDIA_TYPE } from "../../shared/api/edge-schemas";
import type { VerwendungsnachweisFiling } from "../../shared/filing";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import type { Finding } from "../../shared/rules";
import { validateWorkbook } from "../../shared/xlsx/read-workbook";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { namedCell, tableCell } from "../support/layout-cells";
import { convertWithLibreOffice } from "../support/libreoffice";
import { loadNamedCells } from "../support/named-cells";
import { routeRequest } from "../support/route-request";

// The Belegliste's rules at their boundaries, through the whole read path: a workbook our writer
// wrote, read by the xlsx reader, checked, each finding at the Belegliste's cell and the form's.
// (The CLI runs VN-BELEG-SUMME in rule-cells.test.ts; libreoffice-agreement.test.ts recomputes the
// sums of every recalc case, „vn-belegliste-grenzen“ among them.)

const V = "verwendungsnachweis" as const;
const B = "tblBelege";

/** The sample with its Belege at the edges: 31.12. (fine), 01.01. next year, one cent short, a Belegnr. twice. */
const atTheEdges = (): VerwendungsnachweisFiling => {
  const filing = sampleVerwendungsnachweis();
  const belege = filing.data.belegliste;
  belege[0]!.datum = "2025-12-31";
  belege[1]!.datum = "2026-01-01";
  belege[3]!.betrag! -= 1;
  belege[5]!.belegnr = "b-01";
  return filing;
};

const belegFindings = (findings: readonly Finding[]) =>
  findings
    .filter((f) => f.ruleId.startsWith("VN-BELEG"))
    .map((f) => ({ ruleId: f.ruleId, cell: f.location.cell, related: f.related?.cell }));

const EXPECTED = [
  {
    ruleId: "VN-BELEG-SUMME",
    cell: namedCell(V, "VN_belegliste_summe_sachkosten"),
    related: namedCell(V, "VN_sachkosten"),
  },
  {
    ruleId: "VN-BELEG-DATUM",
    cell: tableCell(V, B, 1, "datum"),
    related: namedCell(V, "VN_kopf_jahr"),
  },
  {
    ruleId: "VN-BELEG-DOPPELT",
    cell: tableCell(V, B, 5, "belegnr"),
    related: tableCell(V, B, 4, "belegnr"),
  },
];

describe("the Belegliste in a workbook written by our writer", () => {
  it("reads the sample's Belege back as they were written, with no finding", async () => {
    const sample = sampleVerwendungsnachweis();
    const { filing, findings } = await validateWorkbook(await writeWorkbook(sample));

    expect(filing?.kind === V && filing.data.belegliste).toEqual(sample.data.belegliste);
    expect(findings).toEqual([]);
  });

  it("finds exactly the cent, the 01.01. and the duplicate, each at both cells", async () => {
    const { findings } = await validateWorkbook(await writeWorkbook(atTheEdges()));

    expect(belegFindings(findings)).toEqual(EXPECTED);
    const summe = findings.find((f) => f.ruleId === "VN-BELEG-SUMME")!;
    expect(summe.severity).toBe("fehler");
    expect(summe.message).toMatch(/6\.499,99\s€.*6\.500,00\s€.*0,01\s€/);
    expect(findings.find((f) => f.ruleId === "VN-BELEG-DOPPELT")!.message).toContain("Zeile 5");
  });

  it("writes the sums above the Betrag column as formulas with their values cached", async () => {
    const cells = await loadNamedCells(await writeWorkbook(atTheEdges()));

    expect(namedCell(V, "VN_belegliste_summe_sachkosten")).toBe("'Belegliste'!E5");
    expect(cells.valueOf("VN_belegliste_summe_personalkosten")).toBe(83_334.56);
    expect(cells.valueOf("VN_belegliste_summe_sachkosten")).toBe(6_499.99);
    expect(cells.valueOf("VN_belegliste_summe_verwaltung")).toBe(0);
  });
});

describe("POST /filings with a workbook holding a Belegliste", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  const upload = async (filing: VerwendungsnachweisFiling) =>
    api.call(...routeRequest("submitFiling"), {
      token: await api.token("awo"),
      body: new Uint8Array(await writeWorkbook(filing)),
      headers: { "content-type": XLSX_MEDIA_TYPE },
    });

  it("refuses the Belege at the edges with 422 at both cells, then stores the sample's Belege", async () => {
    const refused = await upload(atTheEdges());
    expect(refused.status).toBe(422);
    expect(belegFindings(refused.body.findings as Finding[])).toEqual(EXPECTED);

    const sample = sampleVerwendungsnachweis();
    const stored = await upload(sample);
    expect(stored.status, JSON.stringify(stored.body)).toBe(201);
    const version = await api.call(...routeRequest("getVersion", { id: stored.body.filingId, version: 1 }), {
      token: await api.token("koordinierung"),
    });
    expect(version.body.content.data.belegliste).toEqual(sample.data.belegliste);
  });
});

describe("the Belegliste saved by LibreOffice (soffice --convert-to xlsx, formulas recomputed)", () => {
  it("reads back as the same filing with the same findings, its sums recomputed to the cent", async () => {
    const written = await writeWorkbook(atTheEdges());
    const saved = (
      await convertWithLibreOffice([{ name: "belege.xlsx", content: written }], { format: "xlsx" })
    ).get("belege.xlsx")!;
    const [before, after] = await Promise.all([validateWorkbook(written), validateWorkbook(saved)]);

    expect(after.filing).toEqual(before.filing);
    expect(belegFindings(after.findings)).toEqual(EXPECTED);
    const cells = await loadNamedCells(saved);
    expect(cells.valueOf("VN_belegliste_summe_sachkosten")).toBe(6_499.99);
    expect(cells.valueOf("VN_belegliste_summe_budget")).toBe(5_500.5);
  }, 300_000);
});
