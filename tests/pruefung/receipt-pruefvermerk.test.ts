import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { samplePruefenRequest } from "../../shared/pruefung/sample-pruefvermerk";
import { pdfPages } from "../support/poppler";
import { routeRequest } from "../support/route-request";

const meta = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2025 };
/** pdftotext -layout may break a line anywhere a table cell wraps: compare without whitespace. */
const squeeze = (text: string) => text.replace(/[\s\u00a0]+/g, "");

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const receiptText = async (id: string, version: number, token: string) => {
  const receipt = await api.call(...routeRequest("getReceipt", { id, version }), { token });
  expect(receipt.status).toBe(200);
  return (await pdfPages(receipt.bytes)).join("\n");
};

describe("Eingangsbestätigung with the Prüfvermerk (section 6)", () => {
  it("shows Prüfumfang, Ergebnis, the amounts not recognised, Prüfer*in and Datum once the version is checked", async () => {
    const awo = await api.token("awo");
    const koordinierung = await api.token("koordinierung");
    const submitted = await api.call(...routeRequest("submitFiling"), {
      token: awo,
      body: sampleVerwendungsnachweis(meta),
    });
    expect(submitted.status).toBe(201);
    const id = submitted.body.filingId as string;

    const before = squeeze(await receiptText(id, 1, awo));
    expect(before).not.toContain(squeeze("Prüfvermerk"));

    const version = (await api.call(...routeRequest("getVersion", { id, version: 1 }), { token: awo })).body;
    const reviewed = await api.call(...routeRequest("reviewFiling", { id }), {
      token: koordinierung,
      body: {
        ...samplePruefenRequest(version.findings),
        pruefvermerk: {
          umfang: {
            rechnerisch: true,
            sachlich: true,
            belegpruefung: { art: "stichprobe", zeilen: ["B-3", "B-7"] },
          },
          ergebnis: {
            art: "mit_beanstandung",
            text: "Beleg B-7 ohne Bezug zum Vorhaben.",
            nichtAnerkannt: { sachkosten: 1_200_00, budget: 34_56 },
          },
        },
      },
    });
    expect(reviewed.status).toBe(200);
    const vermerk = reviewed.body.audit.pruefvermerk;

    // The Träger's copy and the city's show the same section.
    for (const token of [awo, koordinierung]) {
      const text = await receiptText(id, 1, token);
      const flat = squeeze(text);
      expect(text).toContain("6. Prüfvermerk der Koordinierungsstelle Stadtteilarbeit");
      expect(flat).toContain(
        squeeze("rechnerisch und sachlich geprüft; Belegprüfung als Stichprobe (B-3, B-7)"),
      );
      expect(flat).toContain(squeeze("Ergebnis mit Beanstandung"));
      expect(flat).toContain(squeeze("Beleg B-7 ohne Bezug zum Vorhaben."));
      expect(flat).toContain(squeeze("nicht anerkannt 1.200,00 € Sachkosten"));
      expect(flat).toContain(squeeze("34,56 € Budget (präventive Angebote)"));
      expect(flat).toContain(squeeze("nicht anerkannt insgesamt 1.234,56 €"));
      expect(flat).toContain(squeeze(`Prüfer*in ${vermerk.pruefer.name}`));
      const [y, m, d] = (vermerk.datum as string).split("-");
      expect(flat).toContain(squeeze(`Datum ${d}.${m}.${y}`));
    }
  });

  it("shows „ohne Beanstandung“ and no amounts for a Prüfvermerk without Beanstandung", async () => {
    const caritas = await api.token("caritas");
    const submitted = await api.call(...routeRequest("submitFiling"), {
      token: caritas,
      body: sampleVerwendungsnachweis({ ...meta, traegerId: "caritas", districtId: "bockelsberg" }),
    });
    const id = submitted.body.filingId as string;
    const version = (await api.call(...routeRequest("getVersion", { id, version: 1 }), { token: caritas }))
      .body;
    const reviewed = await api.call(...routeRequest("reviewFiling", { id }), {
      token: await api.token("koordinierung"),
      body: samplePruefenRequest(version.findings),
    });
    expect(reviewed.status).toBe(200);
    const flat = squeeze(await receiptText(id, 1, caritas));
    expect(flat).toContain(squeeze("Ergebnis ohne Beanstandung"));
    expect(flat).toContain(squeeze("rechnerisch und sachlich geprüft; ohne Belegprüfung"));
    expect(flat).not.toContain(squeeze("nicht anerkannt"));
  });
});
