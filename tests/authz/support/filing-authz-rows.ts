import { samplePruefenRequest } from "../../../shared/pruefung/sample-pruefvermerk";
import {
  FILING_READERS,
  koordinierungOnFiling,
  ownerOnFiling,
  PROGRAMME_MEMBERS,
  signedIn,
} from "./authz-callers";
import type { AuthzRow } from "./authz-row";
import type { World } from "./authz-world";

const ofShared = (w: World) => ({ params: { id: w.sharedId } });

export const FILING_ROWS: AuthzRow[] = [
  {
    route: "submitFiling",
    request: async (w) => ({ body: (await w.freshFiling()).filing }),
    expected: { ...signedIn(403), own: 201 },
  },
  {
    route: "listFilings",
    request: (w) => ({ query: { programme: w.programmeId, year: w.year } }),
    expected: PROGRAMME_MEMBERS,
  },
  { route: "getFiling", request: ofShared, expected: FILING_READERS },
  {
    route: "getVersion",
    request: (w) => ({ params: { id: w.sharedId, version: 1 } }),
    expected: FILING_READERS,
  },
  { route: "getFilingWorkbook", request: ofShared, expected: FILING_READERS },
  {
    route: "getFilingWorkbook",
    variant: "(version=1)",
    request: (w) => ({ ...ofShared(w), query: { version: 1 } }),
    expected: FILING_READERS,
  },
  {
    route: "diffVersions",
    request: (w) => ({ ...ofShared(w), query: { from: 1, to: 2 } }),
    expected: FILING_READERS,
  },
  {
    route: "reviewFiling",
    variant: "(pruefen)",
    request: async (w) => {
      const fresh = await w.freshFiling();
      return { params: { id: fresh.filingId }, body: samplePruefenRequest(fresh.findings) };
    },
    expected: koordinierungOnFiling(200),
  },
  {
    route: "reviewFiling",
    variant: "(kenntnis)",
    request: async (w) => ({
      params: { id: (await w.freshFiling([["pruefen", "koordinierung"]])).filingId },
      body: { action: "kenntnis" },
    }),
    expected: { ...signedIn(403), leitung: 200, leitungElsewhere: 404 },
  },
  {
    route: "putDraft",
    request: (w) => ({ ...ofShared(w), body: { content: w.shared } }),
    expected: { ...signedIn(403), own: 200 },
  },
  { route: "getDraft", request: ofShared, expected: ownerOnFiling(200) },
  {
    route: "getPublication",
    request: (w) => ({ params: { id: w.sharedJbId } }),
    expected: {
      ...signedIn(403),
      koordinierung: 200,
      leitung: 200,
      koordinierungElsewhere: 404,
      leitungElsewhere: 404,
    },
  },
];
