import { SignJWT } from "jose";
import { samplePruefenRequest } from "../../shared/pruefung/sample-pruefvermerk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filingKey } from "../../shared/filing/filing";
import { sampleJahresbericht } from "../../shared/samples/sample-filings";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { PROGRAMMES } from "../../shared/programme/programmes";
import type { PdfRenderer } from "../../functions/core/pdf-renderer";
import { setContext } from "../../functions/http/context";
import { DEV_AUDIENCE, DEV_ISSUER } from "../../dev/dev-keys";
import { DEV_USERS, devUserName } from "../../dev/dev-users";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { ROUTES, type RouteId } from "../../shared/api/routes";
import { routePath, routeRequest } from "../support/route-request";

/**
 * Programme × role × route over HTTP, in both directions: every programme pack's Träger `awo` (a
 * different association in each pack, under one id), Koordinierung and Leitung against the other
 * programme's filings and programme routes. Another programme's filing answers exactly like one
 * that does not exist – status, body and headers; its lists, parameters, consolidation and
 * publication are 403 in German.
 */
const ROLES = ["traeger", "koordinierung", "leitung"] as const;
type Role = (typeof ROLES)[number];
const YEAR = 2025;
const DISTRICT_OF_AWO = Object.fromEntries(
  PROGRAMMES.map((p) => [
    p.id,
    defaultProgramParams({ programmeId: p.id, year: YEAR }).zuordnungen.find((z) => z.traegerId === "awo")!
      .districtId,
  ]),
);
const metaIn = (programmeId: string, districtId = DISTRICT_OF_AWO[programmeId]!) => ({
  programmeId,
  traegerId: "awo",
  districtId,
  year: YEAR,
});
const userOf = (programmeId: string, role: Role) =>
  devUserName(programmeId, role === "traeger" ? "awo" : role);
/** A district of the programme where its AWO has no Jahresbericht: the "not found" to compare with. */
const absentIn = (programmeId: string) =>
  filingKey("jahresbericht", {
    ...metaIn(programmeId),
    districtId: PROGRAMMES.find((p) => p.id === programmeId)!.districts.find(
      (d) => d.id !== DISTRICT_OF_AWO[programmeId],
    )!.id,
  });

interface Probe {
  route: RouteId;
  request: (target: string) => { method: string; path: string; body?: unknown };
  /** What a caller of another programme gets, per role. */
  expected: Record<Role, number>;
  /** A filing route: "not found" must look the same for an absent filing of that programme. */
  perFiling?: true;
}
const all = (status: number): Record<Role, number> => ({
  traeger: status,
  koordinierung: status,
  leitung: status,
});
const jb = (programmeId: string) => filingKey("jahresbericht", metaIn(programmeId));
const PROBES: Probe[] = [
  {
    route: "submitFiling",
    request: (p) => ({
      method: "POST",
      path: routePath("submitFiling"),
      body: sampleJahresbericht(metaIn(p)),
    }),
    expected: all(403),
  },
  {
    route: "listFilings",
    request: (p) => ({ method: "GET", path: routePath("listFilings", {}, { programme: p, year: YEAR }) }),
    expected: all(403),
  },
  {
    route: "getFiling",
    request: (id) => ({ method: "GET", path: routePath("getFiling", { id }) }),
    expected: all(404),
    perFiling: true,
  },
  {
    route: "getVersion",
    request: (id) => ({ method: "GET", path: routePath("getVersion", { id, version: 1 }) }),
    expected: all(404),
    perFiling: true,
  },
  {
    route: "getOriginal",
    request: (id) => ({ method: "GET", path: routePath("getOriginal", { id, version: 1 }) }),
    expected: all(404),
    perFiling: true,
  },
  {
    route: "getReceipt",
    request: (id) => ({ method: "GET", path: routePath("getReceipt", { id, version: 1 }) }),
    expected: all(404),
    perFiling: true,
  },
  {
    route: "uploadAttachment",
    request: (id) => ({ method: "POST", path: routePath("uploadAttachment", { id, version: 1 }), body: {} }),
    expected: { traeger: 404, koordinierung: 403, leitung: 403 },
    perFiling: true,
  },
  {
    route: "requestStichprobe",
    request: (id) => ({
      method: "POST",
      path: routePath("requestStichprobe", { id, version: 1 }),
      body: { belegnummern: ["S-01"], faelligAm: "2026-03-15" },
    }),
    expected: { traeger: 403, koordinierung: 404, leitung: 403 },
    perFiling: true,
  },
  {
    route: "listAttachments",
    request: (id) => ({ method: "GET", path: routePath("listAttachments", { id, version: 1 }) }),
    expected: all(404),
    perFiling: true,
  },
  {
    route: "getAttachment",
    request: (id) => ({
      method: "GET",
      path: routePath("getAttachment", { id, version: 1, attachmentId: "a1" }),
    }),
    expected: all(404),
    perFiling: true,
  },
  {
    route: "getYearArchive",
    request: (p) => ({ method: "GET", path: routePath("getYearArchive", { programmeId: p, year: YEAR }) }),
    expected: all(403),
  },
  {
    route: "getFilingArchive",
    request: (id) => ({ method: "GET", path: routePath("getFilingArchive", { id }) }),
    expected: { traeger: 403, koordinierung: 404, leitung: 403 },
    perFiling: true,
  },
  {
    route: "redactFiling",
    request: (id) => ({
      method: "POST",
      path: routePath("redactFiling", { id }),
      body: { bestaetigt: true },
    }),
    expected: { traeger: 403, koordinierung: 404, leitung: 403 },
    perFiling: true,
  },
  {
    route: "getFilingWorkbook",
    request: (id) => ({ method: "GET", path: routePath("getFilingWorkbook", { id }) }),
    expected: all(404),
    perFiling: true,
  },
  {
    route: "diffVersions",
    request: (id) => ({ method: "GET", path: routePath("diffVersions", { id }, { from: 1, to: 2 }) }),
    expected: all(404),
    perFiling: true,
  },
  {
    route: "reviewFiling",
    request: (id) => ({
      method: "POST",
      path: routePath("reviewFiling", { id }),
      body: samplePruefenRequest(),
    }),
    expected: { traeger: 403, koordinierung: 404, leitung: 403 },
    perFiling: true,
  },
  {
    route: "reviewFiling",
    request: (id) => ({
      method: "POST",
      path: routePath("reviewFiling", { id }),
      body: { action: "kenntnis" },
    }),
    expected: { traeger: 403, koordinierung: 403, leitung: 404 },
    perFiling: true,
  },
  {
    route: "putDraft",
    request: (p) => ({
      method: "PUT",
      path: routePath("putDraft", { id: jb(p) }),
      body: { content: sampleJahresbericht(metaIn(p)) },
    }),
    expected: all(403),
  },
  {
    route: "getDraft",
    request: (id) => ({ method: "GET", path: routePath("getDraft", { id }) }),
    expected: { traeger: 404, koordinierung: 403, leitung: 403 },
    perFiling: true,
  },
  {
    route: "listProgrammes",
    request: () => ({ method: "GET", path: routePath("listProgrammes") }),
    expected: all(200),
  },
  {
    route: "getParams",
    request: (p) => ({ method: "GET", path: routePath("getParams", { programmeId: p, year: YEAR }) }),
    expected: all(403),
  },
  {
    route: "listZahlungen",
    request: (p) => ({ method: "GET", path: routePath("listZahlungen", { programmeId: p, year: YEAR }) }),
    expected: all(403),
  },
  {
    route: "addZahlung",
    request: (p) => ({
      method: "POST",
      path: routePath("addZahlung", { programmeId: p, year: YEAR }),
      body: {
        traegerId: "awo",
        districtId: "kaltenmoor",
        vorgang: { typ: "auszahlung", art: "abschlag", datum: "2025-03-01", betrag: 100 },
      },
    }),
    expected: { traeger: 403, koordinierung: 403, leitung: 403 },
  },
  {
    route: "putParams",
    request: (p) => ({
      method: "PUT",
      path: routePath("putParams", { programmeId: p, year: 2031 }),
      body: defaultProgramParams({ programmeId: p, year: 2031 }),
    }),
    expected: all(403),
  },
  {
    route: "getConsolidatedWorkbook",
    request: (p) => ({
      method: "GET",
      path: routePath("getConsolidatedWorkbook", { programmeId: p, year: YEAR }),
    }),
    expected: all(403),
  },
  {
    route: "getPublication",
    request: (id) => ({ method: "GET", path: routePath("getPublication", { id }) }),
    expected: { traeger: 403, koordinierung: 404, leitung: 404 },
    perFiling: true,
  },
  {
    route: "getYearPublication",
    request: (p) => ({
      method: "GET",
      path: routePath("getYearPublication", { programmeId: p, year: YEAR }),
    }),
    expected: all(403),
  },
  {
    route: "getOpenApi",
    request: () => ({ method: "GET", path: routePath("getOpenApi") }),
    expected: all(200),
  },
];

const CASES = PROGRAMMES.flatMap((home) =>
  PROGRAMMES.filter((p) => p.id !== home.id).flatMap((foreign) =>
    ROLES.flatMap((role) =>
      PROBES.map((probe, i) => ({
        ...probe,
        index: i,
        home: home.id,
        foreign: foreign.id,
        role,
        status: probe.expected[role],
      })),
    ),
  ),
);

/** Printing is not what this matrix checks. */
const instantPdf: PdfRenderer = {
  render: async () => new TextEncoder().encode("%PDF-1.4\n%%EOF"),
};

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  setContext({ pdf: instantPdf });
  for (const p of PROGRAMMES) {
    const token = await api.token(userOf(p.id, "traeger"));
    for (let i = 0; i < 2; i++) {
      const submitted = await api.call(...routeRequest("submitFiling"), {
        token,
        body: sampleJahresbericht(metaIn(p.id)),
      });
      expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    }
    const draft = await api.call(...routeRequest("putDraft", { id: jb(p.id) }), {
      token,
      body: { content: sampleJahresbericht(metaIn(p.id)) },
    });
    expect(draft.status).toBe(200);
  }
});
afterAll(() => api?.close());

const send = async (user: string | undefined, request: { method: string; path: string; body?: unknown }) =>
  api.call(request.method, request.path, { token: user && (await api.token(user)), body: request.body });

/** Everything a client can compare but the date. */
const visible = (r: Awaited<ReturnType<typeof send>>) => ({
  status: r.status,
  headers: [...r.headers.entries()].filter(([name]) => name !== "date"),
  bytes: r.bytes.toString("base64"),
});

describe("programme matrix", () => {
  it("probes every route of the route table", () => {
    expect(new Set(PROBES.map((p) => p.route))).toEqual(new Set(ROUTES.map((r) => r.id)));
    expect(PROGRAMMES.length).toBeGreaterThanOrEqual(2);
  });

  it.each(CASES)(
    "$role of $home → probe $index ($route) on $foreign answers $status",
    async ({ home, foreign, role, request, status, perFiling }) => {
      const user = userOf(home, role);
      const response = await send(user, request(perFiling ? jb(foreign) : foreign));
      expect(response.status, JSON.stringify(response.body)).toBe(status);
      if (status === 403) {
        expect(response.contentType).toMatch(/^application\/problem\+json/);
        // German, saying who may: the role's sentence or the programme's.
        expect(response.body.detail).toMatch(/\b(nur|vorbehalten|gilt nicht für das Förderprogramm)\b/);
      }
      if (perFiling && status === 404)
        expect(visible(response)).toEqual(visible(await send(user, request(absentIn(foreign)))));
    },
  );

  it("lets each programme's own callers through the same probes", async () => {
    for (const p of PROGRAMMES) {
      for (const role of ["koordinierung", "leitung"] as const) {
        const user = userOf(p.id, role);
        expect(
          (await send(user, { method: "GET", path: routePath("getFiling", { id: jb(p.id) }) })).status,
        ).toBe(200);
        const list = await send(user, {
          method: "GET",
          path: routePath("listFilings", {}, { programme: p.id, year: YEAR }),
        });
        expect(list.body.items.map((i: { filingId: string }) => i.filingId)).toEqual([jb(p.id)]);
      }
      expect(
        (
          await send(userOf(p.id, "traeger"), {
            method: "GET",
            path: routePath("getDraft", { id: jb(p.id) }),
          })
        ).status,
      ).toBe(200);
    }
  });
});

describe("GET /programmes", () => {
  it("lists exactly the programmes of each demo user's login", async () => {
    for (const [user, principal] of Object.entries(DEV_USERS)) {
      const response = await send(user, { method: "GET", path: routePath("listProgrammes") });
      expect(
        response.body.map((p: { id: string }) => p.id),
        user,
      ).toEqual(principal.programmeIds);
    }
  });
});

describe("GET /programmes/{id}/params/{year}", () => {
  it("gives a Träger its own granted Zuschüsse only, and the programme's staff all of them", async () => {
    for (const p of PROGRAMMES) {
      const path = routePath("getParams", { programmeId: p.id, year: YEAR });
      const granted = defaultProgramParams({ programmeId: p.id, year: YEAR }).zuschuesse;
      const staff = await send(userOf(p.id, "koordinierung"), { method: "GET", path });
      expect(staff.body.zuschuesse).toEqual(granted);
      // Träger without a Stadtteil have no demo user (dev/dev-users.ts).
      const withUser = p.traeger.filter((t) =>
        Object.values(DEV_USERS).some((u) => u.traegerId === t.id && u.programmeIds.includes(p.id)),
      );
      for (const t of withUser) {
        const own = await send(devUserName(p.id, t.id), { method: "GET", path });
        expect(own.status).toBe(200);
        expect(own.body.zuschuesse).toEqual(granted.filter((z) => z.traegerId === t.id));
        expect(own.body.ausnahmen.every((a: { traegerId: string }) => a.traegerId === t.id)).toBe(true);
      }
    }
  });
});

describe("tokens and their programmes", () => {
  const sign = (claims: Record<string, unknown>) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: "ES256", kid: api.devKeys.kid })
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setSubject("matrix-token")
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(api.devKeys.privateKey);
  const call = async (claims: Record<string, unknown>, path: string) =>
    api.call("GET", path, { token: await sign(claims) });
  const [first, second] = PROGRAMMES.map((p) => p.id) as [string, string];

  it("fails closed without a `programmes` claim: a Träger is refused everywhere, staff see nothing", async () => {
    const traeger = { role: "traeger", traeger_id: "awo" };
    for (const path of [
      routePath("listProgrammes"),
      routePath("listFilings", {}, { programme: first, year: YEAR }),
      routePath("getFiling", { id: jb(first) }),
    ]) {
      const response = await call(traeger, path);
      expect(response.status).toBe(403);
      expect(response.body.detail).toMatch(/keinem Förderprogramm zugeordnet/);
    }
    const staff = { role: "koordinierung" };
    expect((await call(staff, routePath("listProgrammes"))).body).toEqual([]);
    expect((await call(staff, routePath("listFilings", {}, { programme: first, year: YEAR }))).status).toBe(
      403,
    );
    expect((await call(staff, routePath("getFiling", { id: jb(first) }))).status).toBe(404);
  });

  it("reads the claim as an array or as a space-separated string, and ignores programmes no pack defines", async () => {
    for (const programmes of [[first, second, "gibt-es-nicht"], `${first} ${second}`]) {
      const listed = await call({ role: "leitung", programmes }, routePath("listProgrammes"));
      expect(listed.body.map((p: { id: string }) => p.id)).toEqual([first, second]);
      for (const id of [first, second])
        expect(
          (await call({ role: "leitung", programmes }, routePath("getFiling", { id: jb(id) }))).status,
        ).toBe(200);
    }
  });
});
