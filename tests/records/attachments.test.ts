import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_ATTACHMENT_BYTES } from "../../shared/domain/store-limits";
import { filingKey } from "../../shared/filing/filing";
import { SAMPLE_META, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { samplePruefenRequest } from "../../shared/pruefung/sample-pruefvermerk";
import { routeRequest } from "../support/route-request";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const meta = (year: number) => ({ ...SAMPLE_META, year });
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0]);

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const submit = async (year: number) => {
  const submitted = await api.call(...routeRequest("submitFiling"), {
    token: await api.token("awo"),
    body: sampleVerwendungsnachweis(meta(year)),
  });
  expect(submitted.status).toBe(201);
  return submitted.body.filingId as string;
};

/** „pruefen“ as the reviewer sends it: the Prüfvermerk, every open Warnung of version 1 acknowledged. */
const pruefen = async (id: string) => samplePruefenRequest((await api.store.getVersion(id, 1))!.findings);

const upload = async (id: string, bytes: Uint8Array, contentType?: string, user = "awo") =>
  api.call(...routeRequest("uploadAttachment", { id, version: 1 }, { kind: "unterschrift" }), {
    token: await api.token(user),
    body: bytes,
    headers: contentType ? { "content-type": contentType } : {},
  });

const attachmentItems = async () =>
  (await api.store.listAttachments(filingKey("verwendungsnachweis", meta(2031)), 1)).length;

describe("signed receipt uploaded to a version", () => {
  it("stores the signed scan beside the version: listed, hashed, downloadable by Träger and city", async () => {
    const id = await submit(2030);
    const awo = await api.token("awo");
    const before = await api.call(...routeRequest("listAttachments", { id, version: 1 }), { token: awo });
    expect(before.body).toMatchObject({ attachments: [], unterschriftLiegtVor: false });
    expect(before.body.unterschriftHinweis).toMatch(/^Unterschrift fehlt/);
    const receipt = await api.call(...routeRequest("getReceipt", { id, version: 1 }), { token: awo });
    const signed = new Uint8Array(receipt.bytes);
    const stored = await upload(id, signed, "application/pdf");
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({
      kind: "unterschrift",
      mediaType: "application/pdf",
      bytes: signed.byteLength,
      sha256: sha256(signed),
    });
    const list = await api.call(...routeRequest("listAttachments", { id, version: 1 }), {
      token: await api.token("koordinierung"),
    });
    expect(list.body).toMatchObject({
      unterschriftLiegtVor: true,
      unterschriftHinweis: "Unterschrift liegt vor",
    });
    expect(list.body.attachments).toEqual([stored.body]);
    for (const user of ["awo", "koordinierung", "leitung"]) {
      const file = await api.call(
        ...routeRequest("getAttachment", { id, version: 1, attachmentId: stored.body.attachmentId }),
        {
          token: await api.token(user),
        },
      );
      expect(file.status).toBe(200);
      expect(Buffer.compare(file.bytes, Buffer.from(signed))).toBe(0);
      expect(file.headers.get("x-content-sha256")).toBe(sha256(signed));
    }
    const detail = await api.call(...routeRequest("getFiling", { id }), { token: awo });
    expect(detail.body.records).toEqual({
      aufzubewahrenBis: "2040-12-31",
      aufbewahrungHinweis: "aufzubewahren bis 31.12.2040",
      unterschriftErforderlich: false,
      unterschriftLiegtVor: true,
      unterschriftHinweis: "Unterschrift liegt vor",
    });
    // Scans as images, recognised by their bytes whatever the Content-Type says (or not).
    expect((await upload(id, JPEG)).body.mediaType).toBe("image/jpeg");
    expect((await upload(id, PNG, "application/octet-stream")).body.mediaType).toBe("image/png");
  });

  it("refuses a file that is no PDF/JPEG/PNG, or claims to be one it is not, with 415 in German, storing nothing", async () => {
    const id = await submit(2031);
    const text = await upload(id, new TextEncoder().encode("Unterschrift: M. Krüger"), "application/pdf");
    expect(text.status).toBe(415);
    expect(text.body.detail).toContain("weder PDF noch JPEG noch PNG");
    const disguised = await upload(id, PNG, "application/pdf");
    expect(disguised.status).toBe(415);
    expect(disguised.body.detail).toContain("ein image/png, gesendet als „application/pdf“");
    expect(await attachmentItems()).toBe(0);
  });

  it("refuses a file over the bound with 413 naming it, storing nothing", async () => {
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(new TextEncoder().encode("%PDF-1.7\n"));
    const response = await upload(filingKey("verwendungsnachweis", meta(2031)), big, "application/pdf");
    expect(response.status).toBe(413);
    expect(response.body.detail).toContain("höchstens 3 MB");
    expect(await attachmentItems()).toBe(0);
  });

  it("lets only the filing's own Träger upload: the city gets 403, another Träger 404", async () => {
    const id = await submit(2032);
    expect((await upload(id, PNG, undefined, "koordinierung")).status).toBe(403);
    expect((await upload(id, PNG, undefined, "caritas")).status).toBe(404);
    expect(
      (
        await api.call(...routeRequest("listAttachments", { id, version: 2 }), {
          token: await api.token("awo"),
        })
      ).status,
    ).toBe(404);
  });
});

describe("signature gate on „pruefen“", () => {
  it("refuses „rechnerisch geprüft“ with 409 and a German reason until the signed receipt is there, when the year requires it", async () => {
    const koordinierung = await api.token("koordinierung");
    const params = { ...defaultProgramParams(meta(2033)), unterschriftErforderlich: true };
    const put = await api.call(
      ...routeRequest("putParams", { programmeId: "stadtteilmanagement", year: 2033 }),
      {
        token: koordinierung,
        body: params,
      },
    );
    expect(put.status).toBe(200);
    const id = await submit(2033);
    const refused = await api.call(...routeRequest("reviewFiling", { id }), {
      token: koordinierung,
      body: await pruefen(id),
    });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain(
      "unterschriebene Eingangsbestätigung dieser Version liegt noch nicht vor",
    );
    expect((await api.store.getHead(id))?.status).toBe("eingereicht");
    expect((await upload(id, PNG)).status).toBe(201);
    const accepted = await api.call(...routeRequest("reviewFiling", { id }), {
      token: koordinierung,
      body: await pruefen(id),
    });
    expect(accepted.status).toBe(200);
  });

  it("does not ask for a signature where the year does not require it (the default)", async () => {
    const id = await submit(2034);
    const accepted = await api.call(...routeRequest("reviewFiling", { id }), {
      token: await api.token("koordinierung"),
      body: await pruefen(id),
    });
    expect(accepted.status).toBe(200);
  });
});
