import { all, runProgrammeMatrix, YEAR } from "./support/programme-matrix-harness";

const version1 = (id: string) => ({ params: { id, version: 1 } });
const staffOnly = { traeger: 403, koordinierung: 404, leitung: 403 };

runProgrammeMatrix("records", [
  { route: "getOriginal", request: version1, expected: all(404), perFiling: true },
  { route: "getReceipt", request: version1, expected: all(404), perFiling: true },
  {
    route: "uploadAttachment",
    request: (id) => ({ ...version1(id), body: {} }),
    expected: { traeger: 404, koordinierung: 403, leitung: 403 },
    perFiling: true,
  },
  { route: "listAttachments", request: version1, expected: all(404), perFiling: true },
  {
    route: "getAttachment",
    request: (id) => ({ params: { id, version: 1, attachmentId: "a1" } }),
    expected: all(404),
    perFiling: true,
  },
  {
    route: "getYearArchive",
    request: (p) => ({ params: { programmeId: p, year: YEAR } }),
    expected: all(403),
  },
  { route: "getFilingArchive", request: (id) => ({ params: { id } }), expected: staffOnly, perFiling: true },
  {
    route: "redactFiling",
    request: (id) => ({ params: { id }, body: { bestaetigt: true } }),
    expected: staffOnly,
    perFiling: true,
  },
]);
