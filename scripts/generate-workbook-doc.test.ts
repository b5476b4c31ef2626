import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { DEFINED_NAMES } from "../shared/layout/defined-names";
import { WORKBOOK_DOC_PATH, renderWorkbookDoc } from "./generate-workbook-doc";

describe("docs/workbook.md", () => {
  it("equals what scripts/generate-workbook-doc.ts generates from the layout (run it after layout changes)", async () => {
    const committed = await readFile(WORKBOOK_DOC_PATH, "utf8");
    expect(committed).toBe(await renderWorkbookDoc());
  });

  it("documents every defined name and table the templates carry", async () => {
    const doc = await renderWorkbookDoc();
    const missing = DEFINED_NAMES.filter((d) => !doc.includes(`\`${d.name}\``)).map((d) => d.name);
    expect(missing).toEqual([]);
  });
});
