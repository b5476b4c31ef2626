import { expect } from "vitest";
import { startTestApi, type TestApi } from "../../../dev/fixtures/start-test-api";
import type { PdfRenderer } from "../../../functions/core/pdf-renderer";
import { setContext } from "../../../functions/http/context";
import { filingKey } from "../../../shared/filing/filing";
import { samplePruefenRequest } from "../../../shared/pruefung/sample-pruefvermerk";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../../shared/samples/sample-filings";
import { routeRequest } from "../../support/route-request";

/**
 * What the matrix's cells read, put in once per test file (each file has a table of its own): AWO's
 * Verwendungsnachweis of 2025 in two versions with a signed receipt attached and a draft, and its
 * Jahresbericht. Cells that change state take a fresh filing instead (`freshFiling`).
 */
export const shared = sampleVerwendungsnachweis({
  programmeId: "stadtteilmanagement",
  traegerId: "awo",
  districtId: "kaltenmoor",
  year: 2025,
});
export const sharedId = filingKey("verwendungsnachweis", shared.meta);
const sharedJb = sampleJahresbericht(shared.meta);
export const sharedJbId = filingKey("jahresbericht", shared.meta);

/** A signed receipt as a PDF's first bytes say; its content does not matter here. */
export const SIGNED_SCAN = new TextEncoder().encode("%PDF-1.4\n%%EOF\n");

/** Printing is not what this matrix checks: a renderer that answers at once with a stand-in PDF. */
const instantPdf: PdfRenderer = { render: async () => new TextEncoder().encode("%PDF-1.4\n%%EOF") };

/** The running API and the id of the shared filing's attachment, set by `setUpSharedState`. */
export const state = { api: undefined as unknown as TestApi, attachmentId: "" };

export const setUpSharedState = async () => {
  const api = await startTestApi();
  state.api = api;
  const token = await api.token("awo");
  const submit = async (body: unknown) =>
    expect((await api.call(...routeRequest("submitFiling"), { token, body })).status).toBe(201);
  await submit(shared);
  const corrected = structuredClone(shared);
  corrected.data.personal.zeilen[1]!.verguetungsgruppe = "TVöD SuE S 12";
  await submit(corrected);
  await submit(sharedJb);
  setContext({ pdf: instantPdf });
  const attached = await api.call(...routeRequest("uploadAttachment", { id: sharedId, version: 1 }), {
    token,
    body: SIGNED_SCAN,
  });
  expect(attached.status).toBe(201);
  state.attachmentId = attached.body.attachmentId as string;
  const draft = { content: corrected };
  expect((await api.call(...routeRequest("putDraft", { id: sharedId }), { token, body: draft })).status).toBe(
    200,
  );
};

let year = 2040;
/** Each state-changing cell gets a filing of its own year, so cells never see each other's writes. */
export const freshFiling = async (reviews: [action: string, user: string][] = []) => {
  const { api } = state;
  const filing = sampleVerwendungsnachweis({
    programmeId: "stadtteilmanagement",
    traegerId: "awo",
    districtId: "kaltenmoor",
    year: year++,
  });
  const submitted = await api.call(...routeRequest("submitFiling"), {
    token: await api.token("awo"),
    body: filing,
  });
  expect(submitted.status).toBe(201);
  for (const [action, user] of reviews) {
    const done = await api.call(...routeRequest("reviewFiling", { id: submitted.body.filingId as string }), {
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
