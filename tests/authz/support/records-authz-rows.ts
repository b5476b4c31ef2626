import { FILING_READERS, koordinierungOnFiling, ownerOnFiling, signedIn } from "./authz-callers";
import type { AuthzRow } from "./authz-row";
import { SIGNED_SCAN, type World } from "./authz-world";

const version1 = (w: World) => ({ params: { id: w.sharedId, version: 1 } });

export const RECORDS_ROWS: AuthzRow[] = [
  { route: "getOriginal", request: version1, expected: FILING_READERS },
  { route: "getReceipt", request: version1, expected: FILING_READERS },
  {
    route: "uploadAttachment",
    request: (w) => ({ ...version1(w), query: { kind: "unterschrift" }, body: SIGNED_SCAN }),
    expected: ownerOnFiling(201),
  },
  { route: "listAttachments", request: version1, expected: FILING_READERS },
  {
    route: "getAttachment",
    request: (w) => ({ params: { ...version1(w).params, attachmentId: w.attachmentId } }),
    expected: FILING_READERS,
  },
  {
    route: "getYearArchive",
    request: (w) => ({ params: { programmeId: w.programmeId, year: w.year } }),
    expected: { ...signedIn(403), koordinierung: 200 },
  },
  {
    route: "getFilingArchive",
    request: (w) => ({ params: { id: w.sharedId } }),
    expected: koordinierungOnFiling(200),
  },
  {
    // Before the Aufbewahrungsfrist (the test API's clock is today): refused with 409 for the one
    // role that may redact at all; nothing changes for anyone.
    route: "redactFiling",
    request: (w) => ({ params: { id: w.sharedId }, body: { bestaetigt: true } }),
    expected: koordinierungOnFiling(409),
  },
];
