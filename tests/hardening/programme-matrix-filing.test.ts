import { describe, expect, it } from "vitest";
import { samplePruefenRequest } from "../../shared/pruefung/sample-pruefvermerk";
import { PROGRAMMES } from "../../shared/programme/programmes";
import { sampleJahresbericht } from "../../shared/samples/sample-filings";
import { all, jb, metaIn, runProgrammeMatrix, send, userOf, YEAR } from "./support/programme-matrix-harness";

const filing = (id: string) => ({ params: { id } });

runProgrammeMatrix("filing", [
  { route: "submitFiling", request: (p) => ({ body: sampleJahresbericht(metaIn(p)) }), expected: all(403) },
  { route: "listFilings", request: (p) => ({ query: { programme: p, year: YEAR } }), expected: all(403) },
  { route: "getFiling", request: filing, expected: all(404), perFiling: true },
  {
    route: "getVersion",
    request: (id) => ({ params: { id, version: 1 } }),
    expected: all(404),
    perFiling: true,
  },
  { route: "getFilingWorkbook", request: filing, expected: all(404), perFiling: true },
  {
    route: "diffVersions",
    request: (id) => ({ ...filing(id), query: { from: 1, to: 2 } }),
    expected: all(404),
    perFiling: true,
  },
  {
    route: "reviewFiling",
    request: (id) => ({ ...filing(id), body: samplePruefenRequest() }),
    expected: { traeger: 403, koordinierung: 404, leitung: 403 },
    perFiling: true,
  },
  {
    route: "reviewFiling",
    request: (id) => ({ ...filing(id), body: { action: "kenntnis" } }),
    expected: { traeger: 403, koordinierung: 403, leitung: 404 },
    perFiling: true,
  },
  {
    route: "putDraft",
    request: (p) => ({ ...filing(jb(p)), body: { content: sampleJahresbericht(metaIn(p)) } }),
    expected: all(403),
  },
  {
    route: "getDraft",
    request: filing,
    expected: { traeger: 404, koordinierung: 403, leitung: 403 },
    perFiling: true,
  },
  {
    route: "getPublication",
    request: filing,
    expected: { traeger: 403, koordinierung: 404, leitung: 404 },
    perFiling: true,
  },
]);

describe("programme matrix: a programme's own callers", () => {
  it("pass the same probes", async () => {
    for (const p of PROGRAMMES) {
      for (const role of ["koordinierung", "leitung"] as const) {
        const user = userOf(p.id, role);
        expect((await send(user, "getFiling", filing(jb(p.id)))).status).toBe(200);
        const list = await send(user, "listFilings", { query: { programme: p.id, year: YEAR } });
        expect(list.body.items.map((i: { filingId: string }) => i.filingId)).toEqual([jb(p.id)]);
      }
      expect((await send(userOf(p.id, "traeger"), "getDraft", filing(jb(p.id)))).status).toBe(200);
    }
  });
});
