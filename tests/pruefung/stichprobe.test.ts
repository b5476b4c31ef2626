import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { belegeOf } from "../../shared/pruefung/belege-of";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { routeRequest } from "../support/route-request";

/**
 * The Stichprobe through the HTTP API on DynamoDB Local (issue 25): only the Koordinierungsstelle
 * asks, only for Belegnummern of the version's Belegliste (422 naming the others); the Träger
 * uploads one receipt per requested Beleg (422 for any other Belegnr.); the desk and the Träger
 * read it from listAttachments; the archive names each receipt by its Belegnr.
 */
const meta = (year: number) => ({
  programmeId: "stadtteilmanagement",
  traegerId: "awo",
  districtId: "kaltenmoor",
  year,
});
const PDF = new TextEncoder().encode(`%PDF-1.4\n% Beleg\n${"0".repeat(300)}\n%%EOF\n`);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const submit = async (year: number, filing: unknown = sampleVerwendungsnachweis(meta(year))) => {
  const submitted = await api.call(...routeRequest("submitFiling"), {
    token: await api.token("awo"),
    body: filing,
  });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
  return submitted.body.filingId as string;
};
const ask = async (id: string, belegnummern: string[], user = "koordinierung", faelligAm = "2027-03-15") =>
  api.call(...routeRequest("requestStichprobe", { id, version: 1 }), {
    token: await api.token(user),
    body: { belegnummern, faelligAm, hinweis: "Bitte lesbar scannen." },
  });
const upload = async (id: string, belegnr: string | undefined, bytes = PDF, kind = "beleg") =>
  api.call(
    ...routeRequest(
      "uploadAttachment",
      { id, version: 1 },
      { kind, ...(belegnr !== undefined && { belegnr }) },
    ),
    { token: await api.token("awo"), body: bytes },
  );
const list = async (id: string, user = "koordinierung") =>
  (await api.call(...routeRequest("listAttachments", { id, version: 1 }), { token: await api.token(user) }))
    .body;

const BELEGE = belegeOf(sampleVerwendungsnachweis(meta(2030))).map((b) => b.belegnr);

describe("Stichprobe", () => {
  it("has a sample Belegliste to choose from, stored with the version", async () => {
    expect(BELEGE.length).toBeGreaterThanOrEqual(3);
    const id = await submit(2029);
    expect(belegeOf((await api.store.getVersion(id, 1))!.content).map((b) => b.belegnr)).toEqual(BELEGE);
  });

  it("is requested by the Koordinierungsstelle only, stored with an audit entry, the status unchanged", async () => {
    const id = await submit(2030);
    for (const user of ["awo", "leitung"]) expect((await ask(id, BELEGE.slice(0, 2), user)).status).toBe(403);
    expect((await list(id)).stichprobe).toBeNull();
    const asked = await ask(id, BELEGE.slice(0, 2));
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      filingId: id,
      version: 1,
      belegnummern: BELEGE.slice(0, 2),
      faelligAm: "2027-03-15",
      hinweis: "Bitte lesbar scannen.",
      angefordertVon: { name: expect.any(String) },
    });
    const detail = await api.call(...routeRequest("getFiling", { id }), { token: await api.token("awo") });
    expect(detail.body.filing.status).toBe("eingereicht");
    expect(detail.body.audit.at(-1)).toMatchObject({
      action: "stichprobe",
      fromStatus: "eingereicht",
      toStatus: "eingereicht",
      comments: [
        {
          text: `Stichprobe angefordert: ${BELEGE.slice(0, 2).join(", ")} bis 15.03.2027 – Bitte lesbar scannen.`,
        },
      ],
    });
    // The Träger sees it as its inbox entry: both Belege still missing.
    expect((await list(id, "awo")).stichprobe).toMatchObject({
      offen: 2,
      hinweis: "Stichprobe angefordert: 2 Belege bis 15.03.2027",
      belege: BELEGE.slice(0, 2).map((belegnr) => ({ belegnr, faelligAm: "2027-03-15", anlagen: [] })),
    });
  });

  it("refuses a Belegnr. the version's Belegliste does not contain with 422 naming it; nothing stored", async () => {
    const id = await submit(2031);
    const refused = await ask(id, [BELEGE[0]!, "X-99", "X-100"]);
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toBe(
      "Die Belegliste von Version 1 enthält die Belegnummern „X-99“, „X-100“ nicht. Bitte nur Belege der Belegliste für die Stichprobe auswählen.",
    );
    expect((await list(id)).stichprobe).toBeNull();
    const twice = await ask(id, [BELEGE[0]!, BELEGE[0]!.toLowerCase()]);
    expect(twice.status).toBe(400);
  });

  it("refuses a Stichprobe of a Jahresbericht, which has no Belegliste", async () => {
    const id = await submit(2032, sampleJahresbericht(meta(2032)));
    const refused = await ask(id, ["B-1"]);
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/nur zu einem Verwendungsnachweis/);
  });

  it("takes one receipt per requested Beleg, refuses any other Belegnr. with 422, and lists each beside its row", async () => {
    const id = await submit(2033);
    const [first, second, other] = BELEGE as [string, string, string];
    const early = await upload(id, first);
    expect(early.status).toBe(422);
    expect(early.body.detail).toMatch(/keine Stichprobe angefordert/);
    await ask(id, [first, second]);
    const notAsked = await upload(id, other);
    expect(notAsked.status).toBe(422);
    expect(notAsked.body.detail).toBe(
      `Beleg „${other}“ ist für Version 1 nicht angefordert. Angefordert sind: ${first}, ${second}.`,
    );
    expect((await upload(id, undefined)).status).toBe(400);
    expect((await upload(id, first, PDF, "unterschrift")).status).toBe(400);
    const stored = await upload(id, ` ${first.toLowerCase()} `);
    expect(stored.status).toBe(201);
    // Filed under the row as the request spelled it.
    expect(stored.body).toMatchObject({ kind: "beleg", belegnr: first, mediaType: "application/pdf" });
    expect((await upload(id, second, PNG)).body).toMatchObject({ belegnr: second, mediaType: "image/png" });
    const after = await list(id);
    expect(after.stichprobe).toMatchObject({ offen: 0, hinweis: "Stichprobe: alle 2 Belege liegen vor" });
    expect(after.stichprobe.belege.map((b: { anlagen: string[] }) => b.anlagen.length)).toEqual([1, 1]);
    // A receipt of a Beleg is no signature.
    expect(after.unterschriftLiegtVor).toBe(false);
    const file = await api.call(
      ...routeRequest("getAttachment", { id, version: 1, attachmentId: stored.body.attachmentId }),
      { token: await api.token("koordinierung") },
    );
    expect(Buffer.compare(file.bytes, Buffer.from(PDF))).toBe(0);

    const zip = await api.call(...routeRequest("getFilingArchive", { id }), {
      token: await api.token("koordinierung"),
    });
    expect(zip.status).toBe(200);
    const names = Object.keys(unzipSync(new Uint8Array(zip.bytes))).filter((n) => n.includes("/anlagen/"));
    const safe = (b: string) => b.replace(/[^0-9A-Za-z._-]+/g, "_");
    expect(names).toHaveLength(2);
    expect(names).toContain(`${id}/v1/anlagen/beleg-${safe(first)}-${stored.body.attachmentId}.pdf`);
    expect(
      names.filter((n) => n.startsWith(`${id}/v1/anlagen/beleg-${safe(second)}-`) && n.endsWith(".png")),
    ).toHaveLength(1);
  });
});
