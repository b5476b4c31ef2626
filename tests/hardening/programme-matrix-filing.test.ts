import { describe, expect, it } from "vitest";
import { PROGRAMMES } from "../../shared/programme/programmes";
import { FILING_ROWS } from "../authz/support/filing-authz-rows";
import { jb, runProgrammeMatrix, send, userOf, vn, YEAR } from "./support/programme-matrix-harness";

const filing = (id: string) => ({ params: { id } });

runProgrammeMatrix("filing", FILING_ROWS);

describe("programme matrix: a programme's own callers", () => {
  it("pass the same probes", async () => {
    for (const p of PROGRAMMES) {
      for (const role of ["koordinierung", "leitung"] as const) {
        const user = userOf(p.id, role);
        expect((await send(user, "getFiling", filing(jb(p.id)))).status).toBe(200);
        const list = await send(user, "listFilings", { query: { programme: p.id, year: YEAR } });
        expect(list.body.items.map((i: { filingId: string }) => i.filingId).sort()).toEqual(
          [jb(p.id), vn(p.id)].sort(),
        );
      }
      expect((await send(userOf(p.id, "traeger"), "getDraft", filing(vn(p.id)))).status).toBe(200);
    }
  });
});
