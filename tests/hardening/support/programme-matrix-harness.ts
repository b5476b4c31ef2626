import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { devUserName } from "../../../dev/dev-users";
import { startTestApi, type TestApi } from "../../../dev/fixtures/start-test-api";
import type { PdfRenderer } from "../../../functions/core/pdf-renderer";
import { setContext } from "../../../functions/http/context";
import type { RouteId } from "../../../shared/api/routes";
import { filingKey } from "../../../shared/filing/filing";
import { defaultProgramParams } from "../../../shared/programme/params-for-year";
import { PROGRAMMES } from "../../../shared/programme/programmes";
import { sampleJahresbericht } from "../../../shared/samples/sample-filings";
import {
  allFamiliesRouteIds,
  allRouteIds,
  familyRouteIds,
  type RouteFamily,
} from "../../support/route-families";
import { type RouteArgs, routeRequest } from "../../support/route-request";

/**
 * Programme × role × route over HTTP, in both directions: every programme pack's Träger `awo` (a
 * different association in each pack, under one id), Koordinierung and Leitung against the other
 * programme's filings and programme routes. Another programme's filing answers exactly like one
 * that does not exist – status, body and headers; its lists, parameters, consolidation and
 * publication are 403 in German. One test file per route family
 * (tests/hardening/programme-matrix-<family>.test.ts), each on a table of its own.
 */
export const ROLES = ["traeger", "koordinierung", "leitung"] as const;
export type Role = (typeof ROLES)[number];
export const YEAR = 2025;
const DISTRICT_OF_AWO = Object.fromEntries(
  PROGRAMMES.map((p) => [
    p.id,
    defaultProgramParams({ programmeId: p.id, year: YEAR }).zuordnungen.find((z) => z.traegerId === "awo")!
      .districtId,
  ]),
);
export const metaIn = (programmeId: string, districtId = DISTRICT_OF_AWO[programmeId]!) => ({
  programmeId,
  traegerId: "awo",
  districtId,
  year: YEAR,
});
export const userOf = (programmeId: string, role: Role) =>
  devUserName(programmeId, role === "traeger" ? "awo" : role);
/** The Jahresbericht of the programme's AWO, submitted twice and drafted by `setUp`. */
export const jb = (programmeId: string) => filingKey("jahresbericht", metaIn(programmeId));
/** A district of the programme where its AWO has no Jahresbericht: the "not found" to compare with. */
const absentIn = (programmeId: string) =>
  filingKey("jahresbericht", {
    ...metaIn(programmeId),
    districtId: PROGRAMMES.find((p) => p.id === programmeId)!.districts.find(
      (d) => d.id !== DISTRICT_OF_AWO[programmeId],
    )!.id,
  });

export interface Probe {
  route: RouteId;
  /** The request for `target`: a filing id when `perFiling`, else a programme id. */
  request: (target: string) => RouteArgs;
  /** What a caller of another programme gets, per role. */
  expected: Record<Role, number>;
  /** A filing route: "not found" must look the same for an absent filing of that programme. */
  perFiling?: true;
}
export const all = (status: number): Record<Role, number> => ({
  traeger: status,
  koordinierung: status,
  leitung: status,
});

/** Printing is not what this matrix checks. */
const instantPdf: PdfRenderer = {
  render: async () => new TextEncoder().encode("%PDF-1.4\n%%EOF"),
};

export const harness = { api: undefined as unknown as TestApi };

const setUp = async () => {
  const api = await startTestApi();
  harness.api = api;
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
};

/** `route` as `user` (none: no token). */
export const send = async (
  user: string | undefined,
  route: RouteId,
  { params, query, body }: RouteArgs = {},
) =>
  harness.api.call(...routeRequest(route, params, query), {
    token: user && (await harness.api.token(user)),
    body,
  });

/** Everything a client can compare but the date. */
const visible = (r: Awaited<ReturnType<typeof send>>) => ({
  status: r.status,
  headers: [...r.headers.entries()].filter(([name]) => name !== "date"),
  bytes: r.bytes.toString("base64"),
});

/** Sets up the API and runs every probe of `family` for each role of each programme on each other one. */
export const runProgrammeMatrix = (family: RouteFamily, probes: Probe[]) => {
  beforeAll(setUp);
  afterAll(() => harness.api?.close());

  const cases = PROGRAMMES.flatMap((home) =>
    PROGRAMMES.filter((p) => p.id !== home.id).flatMap((foreign) =>
      ROLES.flatMap((role) =>
        probes.map((probe, i) => ({
          probe,
          route: probe.route,
          index: i,
          home: home.id,
          foreign: foreign.id,
          role,
          status: probe.expected[role],
        })),
      ),
    ),
  );

  describe(`programme matrix: ${family} routes`, () => {
    it("probes every route of the family, and the families are the route table", () => {
      expect(new Set(probes.map((p) => p.route))).toEqual(familyRouteIds(family));
      expect(allFamiliesRouteIds()).toEqual(allRouteIds());
      expect(PROGRAMMES.length).toBeGreaterThanOrEqual(2);
    });

    it.each(cases)(
      "$role of $home → probe $index ($route) on $foreign answers $status",
      async ({ probe, home, foreign, role, status }) => {
        const user = userOf(home, role);
        const response = await send(
          user,
          probe.route,
          probe.request(probe.perFiling ? jb(foreign) : foreign),
        );
        expect(response.status, JSON.stringify(response.body)).toBe(status);
        if (status === 403) {
          expect(response.contentType).toMatch(/^application\/problem\+json/);
          // German, saying who may: the role's sentence or the programme's.
          expect(response.body.detail).toMatch(/\b(nur|vorbehalten|gilt nicht für das Förderprogramm)\b/);
        }
        if (probe.perFiling && status === 404)
          expect(visible(response)).toEqual(
            visible(await send(user, probe.route, probe.request(absentIn(foreign)))),
          );
      },
    );
  });
};
