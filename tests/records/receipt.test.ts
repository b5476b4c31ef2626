import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { formatEuro } from "../../shared/money/format-money";
import { traegerName } from "../../shared/programme/stammdaten";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { pdfPages } from "../support/poppler";
import { routeRequest } from "../support/route-request";

const meta = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2025 };
/** pdftotext -layout may break a line anywhere a table cell wraps: compare without whitespace. */
const squeeze = (text: string) => text.replace(/\s+/g, "");

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

describe("Eingangsbestätigung", () => {
  it("names version, Träger, signer, key figures and the original's SHA-256, with a signature block", async () => {
    const filing = sampleVerwendungsnachweis(meta);
    const awo = await api.token("awo");
    const submitted = await api.call(...routeRequest("submitFiling"), { token: awo, body: filing });
    expect(submitted.status).toBe(201);
    const id = submitted.body.filingId as string;
    const version = (await api.call(...routeRequest("getVersion", { id, version: 1 }), { token: awo })).body;
    const receipt = await api.call(...routeRequest("getReceipt", { id, version: 1 }), { token: awo });
    expect(receipt.status).toBe(200);
    expect(receipt.contentType).toBe("application/pdf");
    expect(receipt.headers.get("content-disposition")).toContain(`eingangsbestaetigung-${id}-v1.pdf`);
    const text = (await pdfPages(receipt.bytes)).join("\n");
    const flat = squeeze(text);
    expect(text).toMatch(/Version\s+1/);
    expect(flat).toContain(version.sha256);
    expect(flat).toContain(squeeze(traegerName("stadtteilmanagement", "awo")));
    expect(flat).toContain(squeeze(filing.data.unterschrift.name!));
    expect(flat).toContain(squeeze(version.submittedBy.name));
    expect(flat).toContain(squeeze(formatEuro(filing.data.kopf.zuschuss!)));
    expect(text).toContain("Kaltenmoor");
    expect(text).toMatch(/Eingereicht am\s+\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr/);
    expect(flat).toContain(squeeze("Name / Träger / Stempel"));
  });

  it("prints a Jahresbericht's receipt, which names no signer of the form", async () => {
    const filing = sampleJahresbericht(meta);
    const awo = await api.token("awo");
    const submitted = await api.call(...routeRequest("submitFiling"), { token: awo, body: filing });
    expect(submitted.status).toBe(201);
    const receipt = await api.call(
      ...routeRequest("getReceipt", { id: submitted.body.filingId, version: 1 }),
      {
        token: await api.token("koordinierung"),
      },
    );
    const text = (await pdfPages(receipt.bytes)).join("\n");
    expect(text).toContain("Eingangsbestätigung – Jahresbericht 2025");
    expect(text).toContain("im Formular nicht vorgesehen");
  });

  it("answers 404 in German for a version that does not exist", async () => {
    const other = await api.call(
      ...routeRequest("getReceipt", {
        id: "stadtteilmanagement.2025.verwendungsnachweis.awo.kaltenmoor",
        version: 9,
      }),
      { token: await api.token("awo") },
    );
    expect(other.status).toBe(404);
    expect(other.body.detail).toBe("Version 9 dieses Vorgangs gibt es nicht.");
  });
});
