import { SignJWT } from "jose";
import { samplePruefenRequest } from "../shared/pruefung/sample-pruefvermerk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEV_AUDIENCE, DEV_ISSUER, generateDevKeys } from "../dev/dev-keys";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../shared/samples/sample-filings";
import type { PdfRenderer } from "./core/pdf-renderer";
import { setContext } from "./http/context";
import { defaultProgramParams } from "../shared/programme/params-for-year";
import { filingKey } from "../shared/filing/filing";
import { startTestApi, type TestApi } from "../dev/fixtures/start-test-api";
import { devUserName } from "../dev/dev-users";
import { LEGACY_PROGRAMME_ID, PROGRAMMES } from "../shared/programme/programmes";
import { ROUTES, type RouteId } from "../shared/api/routes";
import { belegnummernOf } from "./core/belegnummern-of";

/** The other programme pack, found rather than named (its id lives only in its folder). */
const ELSEWHERE = PROGRAMMES.find((p) => p.id !== LEGACY_PROGRAMME_ID)!.id;

/**
 * Every endpoint × every kind of caller, through the local HTTP server on DynamoDB Local.
 * "own" is the AWO user on AWO's filing, "other" the Caritas user on the same filing. The
 * "…Elsewhere" callers are of another programme – `awoElsewhere` is that programme's AWO, another
 * association under the same Träger id: a filing of Lüneburg is "not found" for them, exactly as
 * for "other"; Lüneburg's lists, parameters and consolidation are 403.
 */
const CALLERS = [
  "own",
  "other",
  "koordinierung",
  "leitung",
  "awoElsewhere",
  "koordinierungElsewhere",
  "leitungElsewhere",
  "anonymous",
] as const;
type Caller = (typeof CALLERS)[number];
const USER: Record<Caller, string | undefined> = {
  own: "awo",
  other: "caritas",
  koordinierung: "koordinierung",
  leitung: "leitung",
  awoElsewhere: devUserName(ELSEWHERE, "awo"),
  koordinierungElsewhere: devUserName(ELSEWHERE, "koordinierung"),
  leitungElsewhere: devUserName(ELSEWHERE, "leitung"),
  anonymous: undefined,
};

interface Cell {
  route: RouteId;
  name: string;
  /** Builds the request; may first put a fresh filing into the state the cell needs. */
  request: () => Promise<{ method: string; path: string; body?: unknown }>;
  expected: Record<Caller, number>;
}

let api: TestApi;
let year = 2040;
/** Each state-changing cell gets a filing of its own year, so cells never see each other's writes. */
const freshFiling = async (reviews: [string, string][] = []) => {
  const filing = sampleVerwendungsnachweis({
    programmeId: "stadtteilmanagement",
    traegerId: "awo",
    districtId: "kaltenmoor",
    year: year++,
  });
  const submitted = await api.call("POST", "/filings", { token: await api.token("awo"), body: filing });
  expect(submitted.status).toBe(201);
  for (const [action, user] of reviews) {
    const done = await api.call("POST", `/filings/${submitted.body.filingId}/review`, {
      token: await api.token(user),
      body: action === "pruefen" ? samplePruefenRequest(submitted.body.findings) : { action },
    });
    expect(done.status).toBe(200);
  }
  return {
    filing,
    filingId: submitted.body.filingId as string,
    findings: submitted.body.findings as { ruleId: string; severity: string }[],
  };
};

const shared = sampleVerwendungsnachweis({
  programmeId: "stadtteilmanagement",
  traegerId: "awo",
  districtId: "kaltenmoor",
  year: 2025,
});
const sharedId = filingKey("verwendungsnachweis", shared.meta);
const sharedJb = sampleJahresbericht(shared.meta);
const sharedJbId = filingKey("jahresbericht", shared.meta);

/** Printing is not what this matrix checks: a renderer that answers at once with a stand-in PDF. */
const instantPdf: PdfRenderer = { render: async () => new TextEncoder().encode("%PDF-1.4\n%%EOF") };

/** A signed receipt as a PDF's first bytes say; its content does not matter here. */
const SIGNED_SCAN = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");
let sharedAttachmentId = "";

const MATRIX: Cell[] = [
  {
    route: "submitFiling",
    name: "POST /filings",
    request: async () => ({ method: "POST", path: "/filings", body: (await freshFiling()).filing }),
    expected: {
      own: 201,
      other: 403,
      koordinierung: 403,
      leitung: 403,
      awoElsewhere: 403,
      koordinierungElsewhere: 403,
      leitungElsewhere: 403,
      anonymous: 401,
    },
  },
  {
    route: "listFilings",
    name: "GET /filings",
    request: async () => ({ method: "GET", path: "/filings?programme=stadtteilmanagement&year=2025" }),
    expected: {
      own: 200,
      other: 200,
      koordinierung: 200,
      leitung: 200,
      awoElsewhere: 403,
      koordinierungElsewhere: 403,
      leitungElsewhere: 403,
      anonymous: 401,
    },
  },
  {
    route: "getFiling",
    name: "GET /filings/{id}",
    request: async () => ({ method: "GET", path: `/filings/${sharedId}` }),
    expected: {
      own: 200,
      other: 404,
      koordinierung: 200,
      leitung: 200,
      awoElsewhere: 404,
      koordinierungElsewhere: 404,
      leitungElsewhere: 404,
      anonymous: 401,
    },
  },
  {
    route: "getVersion",
    name: "GET /filings/{id}/versions/{version}",
    request: async () => ({ method: "GET", path: `/filings/${sharedId}/versions/1` }),
    expected: {
      own: 200,
      other: 404,
      koordinierung: 200,
      leitung: 200,
      awoElsewhere: 404,
      koordinierungElsewhere: 404,
      leitungElsewhere: 404,
      anonymous: 401,
    },
  },
  {
    route: "getOriginal",
    name: "GET /filings/{id}/versions/{version}/original",
    request: async () => ({ method: "GET", path: `/filings/${sharedId}/versions/1/original` }),
    expected: {
      own: 200,
      other: 404,
      koordinierung: 200,
      leitung: 200,
      awoElsewhere: 404,
      koordinierungElsewhere: 404,
      leitungElsewhere: 404,
      anonymous: 401,
    },
  },
  {
    route: "getReceipt",
    name: "GET /filings/{id}/versions/{version}/receipt",
    request: async () => ({ method: "GET", path: `/filings/${sharedId}/versions/1/receipt` }),
    expected: {
      own: 200,
      other: 404,
      koordinierung: 200,
      leitung: 200,
      awoElsewhere: 404,
      koordinierungElsewhere: 404,
      leitungElsewhere: 404,
      anonymous: 401,
    },
  },
  {
    route: "uploadAttachment",
    name: "POST /filings/{id}/versions/{version}/attachments",
    request: async () => ({
      method: "POST",
      path: `/filings/${sharedId}/versions/1/attachments?kind=unterschrift`,
      body: SIGNED_SCAN,
    }),
    expected: {
      own: 201,
      other: 404,
      koordinierung: 403,
      leitung: 403,
      awoElsewhere: 404,
      koordinierungElsewhere: 403,
      leitungElsewhere: 403,
      anonymous: 401,
    },
  },
  {
    route: "listAttachments",
    name: "GET /filings/{id}/versions/{version}/attachments",
    request: async () => ({ method: "GET", path: `/filings/${sharedId}/versions/1/attachments` }),
    expected: {
      own: 200,
      other: 404,
      koordinierung: 200,
      leitung: 200,
      awoElsewhere: 404,
      koordinierungElsewhere: 404,
      leitungElsewhere: 404,
      anonymous: 401,
    },
  },
  {
    route: "getAttachment",
    name: "GET /filings/{id}/versions/{version}/attachments/{attachmentId}",
    request: async () => ({
      method: "GET",
      path: `/filings/${sharedId}/versions/1/attachments/${sharedAttachmentId}`,
    }),
    expected: {
      own: 200,
      other: 404,
      koordinierung: 200,
      leitung: 200,
      awoElsewhere: 404,
      koordinierungElsewhere: 404,
      leitungElsewhere: 404,
      anonymous: 401,
    },
  },
  {
    route: "getFilingWorkbook",
    name: "GET /filings/{id}/workbook",
    request: async () => ({ method: "GET", path: `/filings/${sharedId}/workbook` }),
    expected: {
      own: 200,
      other: 404,
      koordinierung: 200,
      leitung: 200,
      awoElsewhere: 404,
      koordinierungElsewhere: 404,
      leitungElsewhere: 404,
      anonymous: 401,
    },
  },
  {
    route: "getFilingWorkbook",
    name: "GET /filings/{id}/workbook?version=1",
    request: async () => ({ method: "GET", path: `/filings/${sharedId}/workbook?version=1` }),
    expected: {
      own: 200,
      other: 404,
      koordinierung: 200,
      leitung: 200,
      awoElsewhere: 404,
      koordinierungElsewhere: 404,
      leitungElsewhere: 404,
      anonymous: 401,
    },
  },
  {
    route: "diffVersions",
    name: "GET /filings/{id}/diff",
    request: async () => ({ method: "GET", path: `/filings/${sharedId}/diff?from=1&to=2` }),
    expected: {
      own: 200,
      other: 404,
      koordinierung: 200,
      leitung: 200,
      awoElsewhere: 404,
      koordinierungElsewhere: 404,
      leitungElsewhere: 404,
      anonymous: 401,
    },
  },
  {
    route: "reviewFiling",
    name: "POST /filings/{id}/review (pruefen)",
    request: async () => {
      const fresh = await freshFiling();
      return {
        method: "POST",
        path: `/filings/${fresh.filingId}/review`,
        body: samplePruefenRequest(fresh.findings),
      };
    },
    expected: {
      own: 403,
      other: 403,
      koordinierung: 200,
      leitung: 403,
      awoElsewhere: 403,
      koordinierungElsewhere: 404,
      leitungElsewhere: 403,
      anonymous: 401,
    },
  },
  {
    route: "reviewFiling",
    name: "POST /filings/{id}/review (kenntnis)",
    request: async () => ({
      method: "POST",
      path: `/filings/${(await freshFiling([["pruefen", "koordinierung"]])).filingId}/review`,
      body: { action: "kenntnis" },
    }),
    expected: {
      own: 403,
      other: 403,
      koordinierung: 403,
      leitung: 200,
      awoElsewhere: 403,
      koordinierungElsewhere: 403,
      leitungElsewhere: 404,
      anonymous: 401,
    },
  },
  {
    route: "putDraft",
    name: "PUT /drafts/{id}",
    request: async () => ({ method: "PUT", path: `/drafts/${sharedId}`, body: { content: shared } }),
    expected: {
      own: 200,
      other: 403,
      koordinierung: 403,
      leitung: 403,
      awoElsewhere: 403,
      koordinierungElsewhere: 403,
      leitungElsewhere: 403,
      anonymous: 401,
    },
  },
  {
    route: "getDraft",
    name: "GET /drafts/{id}",
    request: async () => ({ method: "GET", path: `/drafts/${sharedId}` }),
    expected: {
      own: 200,
      other: 404,
      koordinierung: 403,
      leitung: 403,
      awoElsewhere: 404,
      koordinierungElsewhere: 403,
      leitungElsewhere: 403,
      anonymous: 401,
    },
  },
  {
    route: "listProgrammes",
    name: "GET /programmes",
    request: async () => ({ method: "GET", path: "/programmes" }),
    expected: {
      own: 200,
      other: 200,
      koordinierung: 200,
      leitung: 200,
      awoElsewhere: 200,
      koordinierungElsewhere: 200,
      leitungElsewhere: 200,
      anonymous: 401,
    },
  },
  {
    route: "getParams",
    name: "GET /programmes/{programmeId}/params/{year}",
    request: async () => ({ method: "GET", path: "/programmes/stadtteilmanagement/params/2025" }),
    expected: {
      own: 200,
      other: 200,
      koordinierung: 200,
      leitung: 200,
      awoElsewhere: 403,
      koordinierungElsewhere: 403,
      leitungElsewhere: 403,
      anonymous: 401,
    },
  },
  {
    route: "putParams",
    name: "PUT /programmes/{programmeId}/params/{year}",
    request: async () => ({
      method: "PUT",
      path: "/programmes/stadtteilmanagement/params/2031",
      body: defaultProgramParams({ programmeId: "stadtteilmanagement", year: 2031 }),
    }),
    expected: {
      own: 403,
      other: 403,
      koordinierung: 200,
      leitung: 403,
      awoElsewhere: 403,
      koordinierungElsewhere: 403,
      leitungElsewhere: 403,
      anonymous: 401,
    },
  },
  {
    route: "listZahlungen",
    name: "GET /programmes/{programmeId}/zahlungen/{year}",
    request: async () => ({ method: "GET", path: "/programmes/stadtteilmanagement/zahlungen/2025" }),
    expected: {
      own: 200,
      other: 200,
      koordinierung: 200,
      leitung: 200,
      awoElsewhere: 403,
      koordinierungElsewhere: 403,
      leitungElsewhere: 403,
      anonymous: 401,
    },
  },
  {
    route: "addZahlung",
    name: "POST /programmes/{programmeId}/zahlungen/{year}",
    request: async () => ({
      method: "POST",
      path: "/programmes/stadtteilmanagement/zahlungen/2025",
      body: {
        traegerId: "awo",
        districtId: "kaltenmoor",
        vorgang: { typ: "auszahlung", art: "abschlag", datum: "2025-03-01", betrag: 25_000_00 },
      },
    }),
    expected: {
      own: 403,
      other: 403,
      koordinierung: 201,
      leitung: 403,
      awoElsewhere: 403,
      koordinierungElsewhere: 403,
      leitungElsewhere: 403,
      anonymous: 401,
    },
  },
  {
    route: "getConsolidatedWorkbook",
    name: "GET /programmes/{programmeId}/consolidated/{year}",
    request: async () => ({ method: "GET", path: "/programmes/stadtteilmanagement/consolidated/2025" }),
    expected: {
      own: 403,
      other: 403,
      koordinierung: 200,
      leitung: 200,
      awoElsewhere: 403,
      koordinierungElsewhere: 403,
      leitungElsewhere: 403,
      anonymous: 401,
    },
  },
  {
    route: "getPublication",
    name: "GET /filings/{id}/publication",
    request: async () => ({ method: "GET", path: `/filings/${sharedJbId}/publication` }),
    expected: {
      own: 403,
      other: 403,
      koordinierung: 200,
      leitung: 200,
      awoElsewhere: 403,
      koordinierungElsewhere: 404,
      leitungElsewhere: 404,
      anonymous: 401,
    },
  },
  {
    route: "getYearPublication",
    name: "GET /programmes/{programmeId}/publication/{year}",
    request: async () => ({ method: "GET", path: "/programmes/stadtteilmanagement/publication/2025" }),
    expected: {
      own: 403,
      other: 403,
      koordinierung: 200,
      leitung: 200,
      awoElsewhere: 403,
      koordinierungElsewhere: 403,
      leitungElsewhere: 403,
      anonymous: 401,
    },
  },
  {
    route: "getYearArchive",
    name: "GET /programmes/{programmeId}/archive/{year}",
    request: async () => ({ method: "GET", path: "/programmes/stadtteilmanagement/archive/2025" }),
    expected: {
      own: 403,
      other: 403,
      koordinierung: 200,
      leitung: 403,
      awoElsewhere: 403,
      koordinierungElsewhere: 403,
      leitungElsewhere: 403,
      anonymous: 401,
    },
  },
  {
    route: "getFilingArchive",
    name: "GET /filings/{id}/archive",
    request: async () => ({ method: "GET", path: `/filings/${sharedId}/archive` }),
    expected: {
      own: 403,
      other: 403,
      koordinierung: 200,
      leitung: 403,
      awoElsewhere: 403,
      koordinierungElsewhere: 404,
      leitungElsewhere: 403,
      anonymous: 401,
    },
  },
  {
    // Before the Aufbewahrungsfrist (the test API's clock is today): refused with 409 for the one
    // role that may redact at all; nothing changes for anyone.
    route: "redactFiling",
    name: "POST /filings/{id}/redaction",
    request: async () => ({
      method: "POST",
      path: `/filings/${sharedId}/redaction`,
      body: { bestaetigt: true },
    }),
    expected: {
      own: 403,
      other: 403,
      koordinierung: 409,
      leitung: 403,
      awoElsewhere: 403,
      koordinierungElsewhere: 404,
      leitungElsewhere: 403,
      anonymous: 401,
    },
  },
  {
    route: "getOpenApi",
    name: "GET /openapi.json",
    request: async () => ({ method: "GET", path: "/openapi.json" }),
    expected: {
      own: 200,
      other: 200,
      koordinierung: 200,
      leitung: 200,
      awoElsewhere: 200,
      koordinierungElsewhere: 200,
      leitungElsewhere: 200,
      anonymous: 200,
    },
  },
  // ── Stichprobe (engineer "stichprobe") ──
  {
    route: "requestStichprobe",
    name: "POST /filings/{id}/versions/{version}/stichprobe",
    // Two Belege of the shared filing's own Belegliste; a request changes no status, so cells stay apart.
    request: async () => ({
      method: "POST",
      path: `/filings/${sharedId}/versions/1/stichprobe`,
      body: { belegnummern: belegnummernOf(shared).slice(0, 2), faelligAm: "2040-03-15" },
    }),
    expected: {
      own: 403,
      other: 403,
      koordinierung: 201,
      leitung: 403,
      awoElsewhere: 403,
      koordinierungElsewhere: 404,
      leitungElsewhere: 403,
      anonymous: 401,
    },
  },
];

const CELLS = MATRIX.flatMap((cell) =>
  CALLERS.map((caller) => ({ ...cell, caller, status: cell.expected[caller] })),
);

beforeAll(async () => {
  api = await startTestApi();
  const token = await api.token("awo");
  expect((await api.call("POST", "/filings", { token, body: shared })).status).toBe(201);
  const corrected = structuredClone(shared);
  corrected.data.personal.zeilen[1]!.verguetungsgruppe = "TVöD SuE S 12";
  expect((await api.call("POST", "/filings", { token, body: corrected })).status).toBe(201);
  expect((await api.call("POST", "/filings", { token, body: sharedJb })).status).toBe(201);
  setContext({ pdf: instantPdf });
  const attached = await api.call("POST", `/filings/${sharedId}/versions/1/attachments`, {
    token,
    body: SIGNED_SCAN,
  });
  expect(attached.status).toBe(201);
  sharedAttachmentId = attached.body.attachmentId as string;
  const draft = { content: corrected };
  expect((await api.call("PUT", `/drafts/${sharedId}`, { token, body: draft })).status).toBe(200);
});
afterAll(() => api?.close());

describe("authorisation matrix", () => {
  it("covers every route of the route table", () => {
    expect(new Set(MATRIX.map((c) => c.route))).toEqual(new Set(ROUTES.map((r) => r.id)));
  });

  it.each(CELLS)("$name as $caller answers $status", async ({ request, caller, status }) => {
    const { method, path, body } = await request();
    const user = USER[caller];
    const response = await api.call(method, path, { token: user && (await api.token(user)), body });
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    if (status >= 400) expect(response.contentType).toMatch(/^application\/problem\+json/);
  });
});

/**
 * Tokens this API must not accept on any route: 401 everywhere, before any handler work. A validly
 * signed token for a Träger no programme's Stammdaten list is a login, but for no one: 403.
 */
const BAD_TOKENS = ["forged", "expired", "exp-less", "wrong-issuer", "unknown-traeger"] as const;
const badToken = async (kind: (typeof BAD_TOKENS)[number]) => {
  const keys = kind === "forged" ? await generateDevKeys() : api.devKeys;
  const now = Math.floor(Date.now() / 1000);
  const claims =
    kind === "unknown-traeger" ? { role: "traeger", traeger_id: "gibt-es-nicht" } : { role: "koordinierung" };
  let jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: "ES256", kid: api.devKeys.kid })
    .setIssuer(kind === "wrong-issuer" ? "https://evil.example" : DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setSubject(`bad-${kind}`)
    .setIssuedAt(kind === "expired" ? now - 7200 : now);
  if (kind !== "exp-less") jwt = jwt.setExpirationTime(kind === "expired" ? now - 3600 : now + 3600);
  return jwt.sign(keys.privateKey);
};
const TOKEN_CELLS = MATRIX.flatMap((cell) =>
  BAD_TOKENS.map((kind) => ({
    ...cell,
    kind,
    status: ROUTES.find((r) => r.id === cell.route)!.auth ? (kind === "unknown-traeger" ? 403 : 401) : 200,
  })),
);

describe("tokens no route accepts", () => {
  it.each(TOKEN_CELLS)("$name with a $kind token answers $status", async ({ request, kind, status }) => {
    const { method, path, body } = await request();
    const response = await api.call(method, path, { token: await badToken(kind), body });
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    if (status >= 400) expect(response.contentType).toMatch(/^application\/problem\+json/);
  });
});
