import { FILING_READERS, koordinierungOnFiling, ownerOnFiling, signedIn } from "./support/authz-callers";
import { SIGNED_SCAN, sharedId, state } from "./support/authz-state";
import { runAuthzMatrix } from "./support/run-authz-matrix";

const version1 = { params: { id: sharedId, version: 1 } };

runAuthzMatrix("records", [
  { route: "getOriginal", request: () => version1, expected: FILING_READERS },
  { route: "getReceipt", request: () => version1, expected: FILING_READERS },
  {
    route: "uploadAttachment",
    request: () => ({ ...version1, query: { kind: "unterschrift" }, body: SIGNED_SCAN }),
    expected: ownerOnFiling(201),
  },
  { route: "listAttachments", request: () => version1, expected: FILING_READERS },
  {
    route: "getAttachment",
    request: () => ({ params: { ...version1.params, attachmentId: state.attachmentId } }),
    expected: FILING_READERS,
  },
  {
    route: "getYearArchive",
    request: () => ({ params: { programmeId: "stadtteilmanagement", year: 2025 } }),
    expected: { ...signedIn(403), koordinierung: 200 },
  },
  {
    route: "getFilingArchive",
    request: () => ({ params: { id: sharedId } }),
    expected: koordinierungOnFiling(200),
  },
  {
    // Before the Aufbewahrungsfrist (the test API's clock is today): refused with 409 for the one
    // role that may redact at all; nothing changes for anyone.
    route: "redactFiling",
    request: () => ({ params: { id: sharedId }, body: { bestaetigt: true } }),
    expected: koordinierungOnFiling(409),
  },
]);
