import { samplePruefenRequest } from "../../shared/pruefung/sample-pruefvermerk";
import {
  FILING_READERS,
  PROGRAMME_MEMBERS,
  ownerOnFiling,
  koordinierungOnFiling,
  signedIn,
} from "./support/authz-callers";
import { freshFiling, shared, sharedId, sharedJbId } from "./support/authz-state";
import { runAuthzMatrix } from "./support/run-authz-matrix";

const ofShared = { params: { id: sharedId } };

runAuthzMatrix("filing", [
  {
    route: "submitFiling",
    request: async () => ({ body: (await freshFiling()).filing }),
    expected: { ...signedIn(403), own: 201 },
  },
  {
    route: "listFilings",
    request: () => ({ query: { programme: "stadtteilmanagement", year: 2025 } }),
    expected: PROGRAMME_MEMBERS,
  },
  { route: "getFiling", request: () => ofShared, expected: FILING_READERS },
  {
    route: "getVersion",
    request: () => ({ params: { id: sharedId, version: 1 } }),
    expected: FILING_READERS,
  },
  { route: "getFilingWorkbook", request: () => ofShared, expected: FILING_READERS },
  {
    route: "getFilingWorkbook",
    variant: "(version=1)",
    request: () => ({ ...ofShared, query: { version: 1 } }),
    expected: FILING_READERS,
  },
  {
    route: "diffVersions",
    request: () => ({ ...ofShared, query: { from: 1, to: 2 } }),
    expected: FILING_READERS,
  },
  {
    route: "reviewFiling",
    variant: "(pruefen)",
    request: async () => {
      const fresh = await freshFiling();
      return { params: { id: fresh.filingId }, body: samplePruefenRequest(fresh.findings) };
    },
    expected: koordinierungOnFiling(200),
  },
  {
    route: "reviewFiling",
    variant: "(kenntnis)",
    request: async () => ({
      params: { id: (await freshFiling([["pruefen", "koordinierung"]])).filingId },
      body: { action: "kenntnis" },
    }),
    expected: { ...signedIn(403), leitung: 200, leitungElsewhere: 404 },
  },
  {
    route: "putDraft",
    request: () => ({ ...ofShared, body: { content: shared } }),
    expected: { ...signedIn(403), own: 200 },
  },
  { route: "getDraft", request: () => ofShared, expected: ownerOnFiling(200) },
  {
    route: "getPublication",
    request: () => ({ params: { id: sharedJbId } }),
    expected: {
      ...signedIn(403),
      koordinierung: 200,
      leitung: 200,
      koordinierungElsewhere: 404,
      leitungElsewhere: 404,
    },
  },
]);
