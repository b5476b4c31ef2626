import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { setContext } from "../../functions/http/context";
import type * as VersionContent from "../../functions/store/version-content";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { XLSX_MEDIA_TYPE } from "../../shared/api/edge-schemas";
import { logger } from "../../functions/http/logger";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { captureJsonLogs } from "../support/capture-json-logs";
import { rawRoutePath, routePath, routeRequest } from "../support/route-request";

/** Every gunzip of stored content, counted where the store calls it. */
const decodeCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../functions/store/version-content", async (importOriginal) => {
  const original = await importOriginal<typeof VersionContent>();
  return {
    ...original,
    decodeContent: (...args: Parameters<typeof original.decodeContent>) => {
      decodeCalls.count += 1;
      return original.decodeContent(...args);
    },
  };
});

/**
 * The low-severity edges of the hardening issue, each end to end over HTTP with every log line
 * captured: no name, salary, Begründung, comment text or raw client path in any of them; "not
 * yours" and "not found" alike in answer and work (store calls, decompressions – counted, not
 * timed). (A body over the limit: body-limit.test.ts; the local server's own edges: local-edges.test.ts.)
 */
const SECRETS = [
  "Petersen",
  "Jana",
  "Yılmaz",
  "Deniz",
  "Martina Krüger",
  "5123456",
  "3210000",
  "Frau Geheim war lange krank",
  "Belege der Honorarkräfte Schulze",
  "Schnüffelpfad",
  "Mustermann",
];

let api: TestApi;
let lines: string[] = [];
beforeAll(async () => {
  api = await startTestApi({ quiet: false });
  logger.setLogLevel("INFO");
  lines = captureJsonLogs();
});
afterAll(async () => {
  vi.restoreAllMocks();
  await api?.close();
});

const meta = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2025 };

describe("logs of the whole flow", () => {
  it("never carry a staff name, salary, Begründung, comment text or raw path text from a client", async () => {
    lines.length = 0;
    const awo = await api.token("awo");
    const koordinierung = await api.token("koordinierung");
    const filing = sampleVerwendungsnachweis(meta);
    filing.data.schlussrechnung.begruendung = "Frau Geheim war lange krank";
    const submitted = await api.call(...routeRequest("submitFiling"), {
      token: awo,
      body: filing,
      headers: { "idempotency-key": "Mustermann-1" },
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    const id = submitted.body.filingId as string;
    const returned = await api.call(...routeRequest("reviewFiling", { id }), {
      token: koordinierung,
      body: {
        action: "zurueckgeben",
        comments: [{ path: ["schlussrechnung", "begruendung"], text: "Belege der Honorarkräfte Schulze" }],
      },
    });
    expect(returned.status).toBe(200);
    const corrected = structuredClone(filing);
    corrected.data.personal.zeilen[0]!.name = "Mustermann";
    expect((await api.call(...routeRequest("submitFiling"), { token: awo, body: corrected })).status).toBe(
      201,
    );
    const xlsx = new Uint8Array(await writeWorkbook(sampleVerwendungsnachweis({ ...meta, year: 2026 })));
    expect(
      (
        await api.call(...routeRequest("submitFiling"), {
          token: awo,
          body: xlsx,
          headers: { "content-type": XLSX_MEDIA_TYPE },
        })
      ).status,
    ).toBe(201);
    for (const path of [
      routePath("getFiling", { id }),
      routePath("getVersion", { id, version: 2 }),
      routePath("diffVersions", { id }, { from: 1, to: 2 }),
      routePath("getFilingWorkbook", { id }),
    ])
      expect((await api.call("GET", path, { token: koordinierung })).status).toBe(200);
    // Client text in places the logs could echo: ids, queries, bodies, headers.
    for (const path of [
      rawRoutePath("getFiling", { id: "Petersen%20Jana" }),
      rawRoutePath("getVersion", { id: "Schn%C3%BCffelpfad", version: "1" }),
      rawRoutePath("getFiling", { id: "%ff" }),
      routePath("listFilings", {}, { programme: "Mustermann", year: 2025 }),
    ])
      expect((await api.call("GET", path, { token: awo })).status).toBeLessThan(500);
    expect(
      (
        await api.call(...routeRequest("reviewFiling", { id }), {
          token: koordinierung,
          body: { action: "pruefen", comments: [{ path: ["Schnüffelpfad"], text: "Mustermann" }] },
        })
      ).status,
    ).toBeLessThan(500);

    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged.filter((l) => l.message === "request").length).toBeGreaterThanOrEqual(12);
    const all = lines.join("\n");
    for (const secret of SECRETS) expect(all, secret).not.toContain(secret);
    // An id from a failed request appears only as a hash.
    const failed = logged.filter((l) => l.message === "request" && Number(l.status) >= 400);
    for (const line of failed) expect(line.filingId).toBeUndefined();
  }, 60_000);
});

/** Every call the server makes on the store, by method name, while `act` runs. */
const countStoreCalls = async (act: () => Promise<unknown>) => {
  const calls: string[] = [];
  const store = api.store;
  const counting = Object.fromEntries(
    Object.entries(store).map(([name, fn]) => [
      name,
      (...args: unknown[]) => (calls.push(name), (fn as (...a: unknown[]) => unknown)(...args)),
    ]),
  ) as unknown as typeof store;
  setContext({ store: counting });
  try {
    await act();
  } finally {
    setContext({ store });
  }
  return calls;
};

describe("not yours and not found", () => {
  it("answer the same after the same store calls", async () => {
    const caritas = await api.token("caritas");
    const awoOwn = "stadtteilmanagement.2025.verwendungsnachweis.awo.kaltenmoor"; // stored above
    const none = "stadtteilmanagement.2025.verwendungsnachweis.awo.bockelsberg";
    const get = (id: string) => api.call(...routeRequest("getFiling", { id }), { token: caritas });
    let yours: Awaited<ReturnType<typeof get>> | undefined;
    let missing: Awaited<ReturnType<typeof get>> | undefined;
    const yoursCalls = await countStoreCalls(async () => (yours = await get(awoOwn)));
    const missingCalls = await countStoreCalls(async () => (missing = await get(none)));
    expect(yours!.status).toBe(404);
    expect(yours!.body).toEqual(missing!.body);
    // Was different before: the Tandem check loaded the parameters only for an existing filing.
    expect(yoursCalls.sort()).toEqual(missingCalls.sort());
  }, 60_000);
});

describe("another Träger's draft", () => {
  const draftMeta = { ...meta, year: 2027 };
  const draftId = "stadtteilmanagement.2027.verwendungsnachweis.awo.kaltenmoor";

  it("is refused before any decompression, and without asking the store", async () => {
    const awo = await api.token("awo");
    const caritas = await api.token("caritas");
    const content = sampleVerwendungsnachweis(draftMeta);
    expect(
      (await api.call(...routeRequest("putDraft", { id: draftId }), { token: awo, body: { content } }))
        .status,
    ).toBe(200);
    decodeCalls.count = 0;
    let foreign: Awaited<ReturnType<typeof api.call>> | undefined;
    const calls = await countStoreCalls(async () => {
      foreign = await api.call(...routeRequest("getDraft", { id: draftId }), { token: caritas });
    });
    expect(foreign!.status).toBe(404);
    expect(foreign!.contentType).toMatch(/^application\/problem\+json/);
    expect(decodeCalls.count).toBe(0);
    expect(calls).toEqual([]);
    // The same answer as for a draft that was never saved.
    const never = await api.call(...routeRequest("getDraft", { id: draftId.replace("2027", "2028") }), {
      token: caritas,
    });
    expect(never.body).toEqual(foreign!.body);
    // The counter counts: the owner's read decompresses once.
    expect((await api.call(...routeRequest("getDraft", { id: draftId }), { token: awo })).status).toBe(200);
    expect(decodeCalls.count).toBe(1);
  });

  it("is compared with its owner in the store too before the body is decompressed", async () => {
    decodeCalls.count = 0;
    expect(await api.store.getDraft(draftId, "caritas")).toBeUndefined();
    expect(decodeCalls.count).toBe(0);
    expect(await api.store.getDraft(draftId, "awo")).toMatchObject({ filingId: draftId });
    expect(decodeCalls.count).toBe(1);
  });

  it("cannot be saved for an unassigned district or an unknown programme (German 403/404)", async () => {
    const awo = await api.token("awo");
    const unassigned = sampleVerwendungsnachweis({ ...draftMeta, districtId: "bockelsberg" });
    const refused = await api.call(
      ...routeRequest("putDraft", { id: draftId.replace("kaltenmoor", "bockelsberg") }),
      {
        token: awo,
        body: { content: unassigned },
      },
    );
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toMatch(/nicht für den Stadtteil .* zugeordnet/);
    const unknown = await api.call(
      ...routeRequest("putDraft", { id: draftId.replace("stadtteilmanagement", "erfunden") }),
      {
        token: awo,
        body: { content: sampleVerwendungsnachweis({ ...draftMeta, programmeId: "erfunden" }) },
      },
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toMatch(/kein Entwurf/);
    const drafts = (await api.scan()).filter((i) => String(i.pk).startsWith("DRAFT#"));
    expect(drafts.map((i) => i.pk)).toEqual([`DRAFT#${draftId}`]);
  });
});
