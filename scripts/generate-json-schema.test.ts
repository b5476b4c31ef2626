import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { filingJsonSchema } from "../shared/filing/json-schema";
import { FILING_SCHEMA_PATH, renderFilingJsonSchema } from "./generate-json-schema";

describe("renderFilingJsonSchema", () => {
  it("matches the committed docs/filing.schema.json (run `npx tsx scripts/generate-json-schema.ts` after a schema change)", async () => {
    expect(readFileSync(FILING_SCHEMA_PATH, "utf8")).toBe(await renderFilingJsonSchema());
  });

  it("holds exactly the JSON Schema exported from zod", async () => {
    expect(JSON.parse(await renderFilingJsonSchema())).toEqual(filingJsonSchema());
  });
});
