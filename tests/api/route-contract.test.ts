import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { ApiError, createApiClient, type ApiClient, type FetchLike } from "../../shared/api/api-client";
import { problemSchema } from "../../shared/api/problem-schema";
import { ROUTES, routeById, type RouteId } from "../../shared/api/routes";
import { XLSX_MEDIA_TYPE } from "../../shared/api/edge-schemas";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { belegnummernOf } from "../../functions/core/belegnummern-of";

// Every route once through the one client against the local server on DynamoDB Local: the client
// checks each success answer against the route's documented status and schema, and here each route
// also answers one problem whose status it documents, as application/problem+json of the Problem schema.

const YEAR = 2025;
const META = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: YEAR };
const VN = "stadtteilmanagement.2025.verwendungsnachweis.awo.kaltenmoor";
const JB = "stadtteilmanagement.2025.jahresbericht.awo.kaltenmoor";
const at = { programmeId: "stadtteilmanagement", year: YEAR };

/** An Abschlag paid to the Träger of the walk's filings. */
const ZAHLUNG = {
  traegerId: "awo",
  districtId: "kaltenmoor",
  vorgang: { typ: "auszahlung", art: "abschlag", datum: "2025-03-01", betrag: 100_000 },
} as const;

let api: TestApi;
/** The last raw answer, so a problem's body can be checked as sent (the client keeps only its fields). */
let last: Response | undefined;
const recording: FetchLike = async (url, init) => {
  const response = await fetch(url, init);
  last = response.clone();
  return response;
};
const as = (user: string | undefined): ApiClient =>
  createApiClient({
    baseUrl: api.url,
    token: () => (user ? api.token(user) : undefined),
    fetch: recording,
  });

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

type Walk = (c: {
  awo: ApiClient;
  koord: ApiClient;
  leitung: ApiClient;
  anonymous: ApiClient;
}) => Promise<unknown>;

/** One successful call per route, in an order where each finds what it needs. */
const SUCCESS: Record<RouteId, Walk> = {
  listProgrammes: ({ awo }) => awo.call("listProgrammes"),
  getOpenApi: ({ anonymous }) => anonymous.call("getOpenApi"),
  getParams: ({ awo }) => awo.call("getParams", { path: at }),
  putParams: ({ koord }) => koord.call("putParams", { path: at, body: { json: defaultProgramParams(at) } }),
  putDraft: ({ awo }) =>
    awo.call("putDraft", { path: { id: VN }, body: { json: { content: sampleVerwendungsnachweis(META) } } }),
  getDraft: ({ awo }) => awo.call("getDraft", { path: { id: VN } }),
  submitFiling: async ({ awo }) => {
    const json = sampleVerwendungsnachweis(META);
    const first = await awo.call("submitFiling", { body: { json }, headers: { "Idempotency-Key": "c-1" } });
    const replay = await awo.call("submitFiling", { body: { json }, headers: { "Idempotency-Key": "c-1" } });
    await awo.submit({ json: sampleJahresbericht(META) }, "c-2");
    return [first, replay];
  },
  listFilings: ({ koord }) =>
    koord.call("listFilings", { query: { programme: "stadtteilmanagement", year: YEAR } }),
  getFiling: ({ koord }) => koord.call("getFiling", { path: { id: VN } }),
  getVersion: ({ koord }) => koord.call("getVersion", { path: { id: VN, version: 1 } }),
  getFilingWorkbook: ({ awo }) => awo.call("getFilingWorkbook", { path: { id: VN } }),
  reviewFiling: ({ koord }) =>
    koord.call("reviewFiling", {
      path: { id: VN },
      body: {
        json: {
          action: "zurueckgeben",
          expectedVersion: 1,
          comments: [{ text: "Bitte die Sachkosten belegen." }],
        },
      },
    }),
  diffVersions: async ({ awo }) => {
    const changed = sampleVerwendungsnachweis(META);
    changed.data.kopf.stadtteilhaus = "Stadtteilhaus, neu";
    await awo.submit({ json: changed }, "c-3");
    return awo.call("diffVersions", { path: { id: VN }, query: { from: 1, to: 2 } });
  },
  getConsolidatedWorkbook: ({ koord }) => koord.call("getConsolidatedWorkbook", { path: at }),
  getPublication: ({ leitung }) => leitung.call("getPublication", { path: { id: JB } }),
  getYearPublication: ({ koord }) => koord.call("getYearPublication", { path: at }),
  getOriginal: ({ awo }) => awo.call("getOriginal", { path: { id: VN, version: 1 } }),
  getReceipt: ({ awo }) => awo.call("getReceipt", { path: { id: VN, version: 1 } }),
  uploadAttachment: ({ awo }) => uploadPdf(awo),
  listAttachments: ({ koord }) => koord.call("listAttachments", { path: { id: VN, version: 1 } }),
  getAttachment: async ({ awo, koord }) => {
    const { attachmentId } = await uploadPdf(awo);
    return koord.call("getAttachment", { path: { id: VN, version: 1, attachmentId } });
  },
  getYearArchive: ({ koord }) => koord.call("getYearArchive", { path: at }),
  getFilingArchive: ({ koord }) => koord.call("getFilingArchive", { path: { id: VN } }),
  addZahlung: ({ koord }) => koord.call("addZahlung", { path: at, body: { json: ZAHLUNG } }),
  listZahlungen: ({ awo }) => awo.call("listZahlungen", { path: at, query: {} }),
  redactFiling: async ({ awo, koord }) => {
    // A Förderjahr whose Aufbewahrungsfrist (31.12. + 10 years) is over, with redaction allowed.
    const old = { ...at, year: 2014 };
    await koord.call("putParams", {
      path: old,
      body: { json: { ...defaultProgramParams(old), schwaerzungFreigegeben: true } },
    });
    const filing = sampleVerwendungsnachweis({ ...META, year: 2014 });
    const { filingId } = await awo.submit({ json: filing }, "c-old");
    return koord.call("redactFiling", { path: { id: filingId }, body: { json: { bestaetigt: true } } });
  },
  // ── Stichprobe (engineer "stichprobe") ──
  requestStichprobe: ({ koord }) =>
    koord.call("requestStichprobe", {
      path: { id: VN, version: 1 },
      body: {
        json: {
          belegnummern: belegnummernOf(sampleVerwendungsnachweis(META)).slice(0, 2),
          faelligAm: "2026-03-15",
        },
      },
    }),
};

/** One problem per route: the call and the status it must answer (documented, or 401 implied). */
const PROBLEM: Record<Exclude<RouteId, "getOpenApi">, { status: number; walk: Walk }> = {
  listProgrammes: { status: 401, walk: ({ anonymous }) => anonymous.call("listProgrammes") },
  getParams: {
    status: 404,
    walk: ({ koord }) => koord.call("getParams", { path: { ...at, programmeId: "gibt-es-nicht" } }),
  },
  putParams: {
    status: 403,
    walk: ({ awo }) => awo.call("putParams", { path: at, body: { json: defaultProgramParams(at) } }),
  },
  putDraft: {
    status: 403,
    walk: ({ koord }) =>
      koord.call("putDraft", {
        path: { id: VN },
        body: { json: { content: sampleVerwendungsnachweis(META) } },
      }),
  },
  getDraft: { status: 404, walk: ({ awo }) => awo.call("getDraft", { path: { id: JB } }) },
  submitFiling: {
    status: 403,
    walk: ({ koord }) => koord.call("submitFiling", { body: { json: sampleVerwendungsnachweis(META) } }),
  },
  listFilings: {
    status: 404,
    walk: ({ koord }) => koord.call("listFilings", { query: { programme: "gibt-es-nicht", year: YEAR } }),
  },
  getFiling: { status: 404, walk: ({ koord }) => koord.call("getFiling", { path: { id: `${VN}.x` } }) },
  getVersion: {
    status: 404,
    walk: ({ koord }) => koord.call("getVersion", { path: { id: VN, version: 99 } }),
  },
  getFilingWorkbook: {
    status: 404,
    walk: ({ awo }) => awo.call("getFilingWorkbook", { path: { id: VN }, query: { version: 99 } }),
  },
  reviewFiling: {
    status: 403,
    walk: ({ awo }) => awo.call("reviewFiling", { path: { id: VN }, body: { json: { action: "pruefen" } } }),
  },
  diffVersions: {
    status: 404,
    walk: ({ koord }) => koord.call("diffVersions", { path: { id: VN }, query: { from: 1, to: 99 } }),
  },
  getConsolidatedWorkbook: {
    status: 403,
    walk: ({ awo }) => awo.call("getConsolidatedWorkbook", { path: at }),
  },
  getPublication: { status: 403, walk: ({ awo }) => awo.call("getPublication", { path: { id: JB } }) },
  getYearPublication: { status: 403, walk: ({ awo }) => awo.call("getYearPublication", { path: at }) },
  getOriginal: {
    status: 404,
    walk: ({ awo }) => awo.call("getOriginal", { path: { id: VN, version: 99 } }),
  },
  getReceipt: {
    status: 404,
    walk: ({ awo }) => awo.call("getReceipt", { path: { id: VN, version: 99 } }),
  },
  uploadAttachment: {
    status: 415,
    walk: ({ awo }) =>
      awo.call("uploadAttachment", {
        path: { id: VN, version: 1 },
        query: { kind: "unterschrift" },
        body: { bytes: new TextEncoder().encode("kein PDF"), mediaType: "application/pdf" },
      }),
  },
  listAttachments: {
    status: 404,
    walk: ({ awo }) => awo.call("listAttachments", { path: { id: `${VN}.x`, version: 1 } }),
  },
  getAttachment: {
    status: 404,
    walk: ({ awo }) =>
      awo.call("getAttachment", { path: { id: VN, version: 1, attachmentId: "gibt-es-nicht" } }),
  },
  getYearArchive: { status: 403, walk: ({ awo }) => awo.call("getYearArchive", { path: at }) },
  getFilingArchive: { status: 403, walk: ({ awo }) => awo.call("getFilingArchive", { path: { id: VN } }) },
  addZahlung: {
    status: 403,
    walk: ({ awo }) => awo.call("addZahlung", { path: at, body: { json: ZAHLUNG } }),
  },
  listZahlungen: {
    status: 404,
    walk: ({ koord }) =>
      koord.call("listZahlungen", { path: { ...at, programmeId: "gibt-es-nicht" }, query: {} }),
  },
  redactFiling: {
    // Förderjahr 2025: aufzubewahren bis 31.12.2035 – nothing may be redacted before.
    status: 409,
    walk: ({ koord }) =>
      koord.call("redactFiling", { path: { id: VN }, body: { json: { bestaetigt: true } } }),
  },
  // ── Stichprobe (engineer "stichprobe") ──
  requestStichprobe: {
    // A Belegnr. the version's Belegliste does not contain: 422 naming it.
    status: 422,
    walk: ({ koord }) =>
      koord.call("requestStichprobe", {
        path: { id: VN, version: 1 },
        body: { json: { belegnummern: ["GIBT-ES-NICHT"], faelligAm: "2026-03-15" } },
      }),
  },
};

/** A signed receipt as the Träger uploads it: a (minimal) PDF, recognised by its magic bytes. */
const uploadPdf = (awo: ApiClient) =>
  awo.call("uploadAttachment", {
    path: { id: VN, version: 1 },
    query: { kind: "unterschrift" },
    body: {
      bytes: new TextEncoder().encode(`%PDF-1.4\n% unterschrieben\n${"0".repeat(200)}\n%%EOF\n`),
      mediaType: "application/pdf",
    },
  });

const clients = () => ({
  awo: as("awo"),
  koord: as("koordinierung"),
  leitung: as("leitung"),
  anonymous: as(undefined),
});

describe("every route answers as shared/api/routes.ts documents it", () => {
  it.each(Object.keys(SUCCESS) as RouteId[])("%s: success status and schema", async (id) => {
    // The client throws ResponseMismatchError on an undocumented status or a body off its schema.
    const result = await SUCCESS[id](clients());
    const route = routeById(id);
    if (route.success.schema === "binary") {
      // application/octet-stream documents "the bytes as they came" (an original, an upload).
      if (route.success.mediaType !== "application/octet-stream")
        expect(last!.headers.get("content-type")).toBe(route.success.mediaType);
      expect((result as { bytes: Uint8Array }).bytes.byteLength).toBeGreaterThan(100);
    } else {
      expect(last!.headers.get("content-type")).toMatch(/^application\/json/);
    }
  });

  it.each(Object.keys(PROBLEM) as (keyof typeof PROBLEM)[])("%s: a problem it documents", async (id) => {
    const { status, walk } = PROBLEM[id];
    const err = await walk(clients()).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(status);
    const route = routeById(id);
    const documented = [...route.problems, 400, ...(route.auth ? [401] : []), 500];
    expect(documented).toContain(status);
    expect(last!.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const problem = problemSchema.strict().parse(await last!.json());
    expect(problem.status).toBe(status);
  });

  it("walks every route: success for each, a problem for each but the public document", () => {
    const todo =
      "Every route needs one SUCCESS walk and one PROBLEM walk in tests/api/route-contract.test.ts.";
    expect(Object.keys(SUCCESS).sort(), todo).toEqual(ROUTES.map((r) => r.id).sort());
    const without = ROUTES.filter((r) => !(r.id in PROBLEM));
    // GET /openapi.json takes no token, no parameter and no body: there is nothing to get wrong.
    expect(
      without.map((r) => [r.id, r.auth, r.problems.length]),
      todo,
    ).toEqual([["getOpenApi", false, 0]]);
  });

  it("sends an upload with the media type the route documents", async () => {
    const err = await as("awo")
      .call("submitFiling", { body: { bytes: new Uint8Array([1, 2, 3]), mediaType: XLSX_MEDIA_TYPE } })
      .catch((e: unknown) => e);
    // Three bytes are no workbook of ours: refused as input, never 415 (the media type was right).
    expect((err as ApiError).status).not.toBe(415);
    expect(routeById("submitFiling").problems).toContain((err as ApiError).status);
  });
});
