import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { filingSchema } from "../filing/filing";
import { defaultProgramParams } from "../programme/params-for-year";
import { withDerivedFields } from "../layout/derived-fields";
import { readWorkbook } from "./read-workbook";
import { filingArb } from "./test-support/arbitraries";
import { writeWorkbook } from "./write-workbook";

describe("filing → xlsx → filing", () => {
  it("reads back every generated filing, stated results as the formulas compute them", async () => {
    await fc.assert(
      fc.asyncProperty(filingArb, async (filing) => {
        const params = defaultProgramParams(filing.meta);
        const read = await readWorkbook(await writeWorkbook(filing));
        expect(read.findings).toEqual([]);
        expect(read.filing).toEqual(withDerivedFields(filing, params));
        expect(filingSchema.safeParse(read.filing).success).toBe(true);
      }),
      { numRuns: 25 },
    );
  });
});
