import { expect } from "vitest";
import { devUserName } from "../../../dev/dev-users";
import type { TestApi } from "../../../dev/fixtures/start-test-api";
import type { PdfRenderer } from "../../../functions/core/pdf-renderer";
import { setContext } from "../../../functions/http/context";
import {
  filingKey,
  type FilingMeta,
  parseFilingKey,
  type VerwendungsnachweisFiling,
} from "../../../shared/filing/filing";
import { withDerivedFields } from "../../../shared/layout/derived-fields";
import { shareOfCents } from "../../../shared/money/cents";
import { defaultProgramParams } from "../../../shared/programme/params-for-year";
import { programmeById } from "../../../shared/programme/programmes";
import { samplePruefenRequest } from "../../../shared/pruefung/sample-pruefvermerk";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../../shared/samples/sample-filings";
import { routeRequest } from "../../support/route-request";

/** The year of the shared filings; state-changing rows take years of their own (`freshFiling`). */
export const YEAR = 2025;

/** A signed receipt as a PDF's first bytes say; its content does not matter here. */
export const SIGNED_SCAN = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");

/** Printing is not what the matrices check: a renderer that answers at once with a stand-in PDF. */
const instantPdf: PdfRenderer = { render: async () => new TextEncoder().encode("%PDF-1.4\n%%EOF") };

/**
 * The sample Verwendungsnachweis within the caps of its programme's parameters, so every
 * programme's AWO can submit it: Lüneburg's sample is within its caps and stays as it is; another
 * programme's lower caps lower Verwaltung and Sachkosten (and the Beleg S-01 that proves them).
 */
const vnWithinCaps = (meta: FilingMeta): VerwendungsnachweisFiling => {
  const filing = sampleVerwendungsnachweis(meta);
  const params = defaultProgramParams(meta);
  const vn = filing.data;
  const personal = vn.personal.zeilen.reduce((sum, z) => sum + (z.personalkosten ?? 0), 0);
  const verwaltungCap = shareOfCents(personal, params.verwaltungCapBasisPoints);
  const overSachkosten = (vn.sachkosten ?? 0) - params.sachkostenCap;
  if ((vn.verwaltung ?? 0) <= verwaltungCap && overSachkosten <= 0) return filing;
  vn.verwaltung = Math.min(vn.verwaltung ?? 0, verwaltungCap);
  if (overSachkosten > 0) {
    vn.sachkosten = params.sachkostenCap;
    vn.belegliste.find((b) => b.belegnr === "S-01")!.betrag! -= overSachkosten;
  }
  const kosten = personal + vn.verwaltung + (vn.sachkosten ?? 0) + (vn.budget.betrag ?? 0);
  vn.kopf.zuschuss = kosten - (vn.schlussrechnung.weitereEinnahmen ?? 0);
  return withDerivedFields(filing, params) as VerwendungsnachweisFiling;
};

export interface FreshFiling {
  filing: VerwendungsnachweisFiling;
  filingId: string;
  findings: { ruleId: string; severity: string }[];
}

/**
 * One programme's state as an authz row reads it: AWO's Verwendungsnachweis of 2025 in two
 * versions with a signed receipt attached and a draft, and its Jahresbericht. Rows that change
 * state take a fresh filing instead. tests/authz runs the rows in Lüneburg's world with its own
 * callers; tests/hardening/programme-matrix-* runs them in every programme's world with the callers
 * of every other programme.
 */
export interface World {
  programmeId: string;
  year: number;
  /** The district of the programme's AWO. */
  districtId: string;
  shared: VerwendungsnachweisFiling;
  sharedId: string;
  sharedJbId: string;
  attachmentId: string;
  /** A Verwendungsnachweis of a year of its own, submitted by AWO and then reviewed by the given roles. */
  freshFiling: (reviews?: [action: string, role: "koordinierung" | "leitung"][]) => Promise<FreshFiling>;
}

const districtOfAwo = (programmeId: string) =>
  defaultProgramParams({ programmeId, year: YEAR }).zuordnungen.find((z) => z.traegerId === "awo")!
    .districtId;

const metaIn = (programmeId: string, districtId = districtOfAwo(programmeId), year = YEAR) => ({
  programmeId,
  traegerId: "awo",
  districtId,
  year,
});

/** The ids of a programme's shared filings, known before any world is set up. */
export const sharedIdsIn = (programmeId: string) => ({
  sharedId: filingKey("verwendungsnachweis", metaIn(programmeId)),
  sharedJbId: filingKey("jahresbericht", metaIn(programmeId)),
});

let year = 2040;
/** Each fresh filing has a year of its own, so rows never see each other's writes. */
const submitFresh = async (api: TestApi, programmeId: string, reviews: [string, string][]) => {
  const filing = vnWithinCaps(metaIn(programmeId, undefined, year++));
  const submitted = await api.call(...routeRequest("submitFiling"), {
    token: await api.token(devUserName(programmeId, "awo")),
    body: filing,
  });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
  for (const [action, role] of reviews) {
    const done = await api.call(...routeRequest("reviewFiling", { id: submitted.body.filingId as string }), {
      token: await api.token(devUserName(programmeId, role)),
      body: action === "pruefen" ? samplePruefenRequest(submitted.body.findings) : { action },
    });
    expect(done.status).toBe(200);
  }
  return {
    filing,
    filingId: submitted.body.filingId as string,
    findings: submitted.body.findings as FreshFiling["findings"],
  };
};

/** Submits, attaches and drafts the shared filings of `programmeId` as its AWO. */
export const setUpWorld = async (api: TestApi, programmeId: string): Promise<World> => {
  const token = await api.token(devUserName(programmeId, "awo"));
  const shared = vnWithinCaps(metaIn(programmeId));
  const { sharedId, sharedJbId } = sharedIdsIn(programmeId);
  const submit = async (body: unknown) => {
    const submitted = await api.call(...routeRequest("submitFiling"), { token, body });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
  };
  await submit(shared);
  const corrected = structuredClone(shared);
  corrected.data.personal.zeilen[1]!.verguetungsgruppe = "TVöD SuE S 12";
  await submit(corrected);
  await submit(sampleJahresbericht(shared.meta));
  setContext({ pdf: instantPdf });
  const attached = await api.call(...routeRequest("uploadAttachment", { id: sharedId, version: 1 }), {
    token,
    body: SIGNED_SCAN,
  });
  expect(attached.status).toBe(201);
  const draft = { content: corrected };
  expect((await api.call(...routeRequest("putDraft", { id: sharedId }), { token, body: draft })).status).toBe(
    200,
  );
  return {
    programmeId,
    year: YEAR,
    districtId: shared.meta.districtId,
    shared,
    sharedId,
    sharedJbId,
    attachmentId: attached.body.attachmentId as string,
    freshFiling: (reviews = []) => submitFresh(api, programmeId, reviews),
  };
};

/**
 * `world` with every filing id moved to a district where its AWO has filed nothing: what "not
 * found" looks like in that programme. Fresh filings are still submitted (the rows' bodies stay the
 * same), but the id handed out is the absent one.
 */
export const absentWorld = (world: World): World => {
  const absentDistrict = programmeById(world.programmeId).districts.find(
    (d) => d.id !== world.districtId,
  )!.id;
  const absent = (id: string) => {
    const { kind, ...meta } = parseFilingKey(id)!;
    return filingKey(kind, { ...meta, districtId: absentDistrict });
  };
  return {
    ...world,
    sharedId: absent(world.sharedId),
    sharedJbId: absent(world.sharedJbId),
    freshFiling: async (reviews) => {
      const fresh = await world.freshFiling(reviews);
      return { ...fresh, filingId: absent(fresh.filingId) };
    },
  };
};
