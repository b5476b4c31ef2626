import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { bundleForBrowser, NODE_BUILTINS, ROOT } from "../support/bundle-for-browser";

/** What a bundle of one entry actually contains (esbuild lists every file it looked at). */
const bundled = async (entry: string) => {
  const result = await bundleForBrowser({ entryPoints: [`${ROOT}/${entry}`] });
  const output = Object.values(result.metafile.outputs)[0]!;
  return {
    inputs: Object.entries(output.inputs)
      .filter(([, i]) => i.bytesInOutput > 0)
      .map(([path]) => path),
    imports: Object.values(result.metafile.inputs).flatMap((i) => i.imports.map((x) => x.path)),
    gzip: gzipSync(result.outputFiles[0]!.contents).byteLength,
  };
};

describe("the workbook reader's bundle (CLI, API upload, browser upload)", () => {
  it("holds no exceljs and no Node built-in: exceljs loads only where a workbook is written", async () => {
    const { inputs, imports, gzip } = await bundled("shared/xlsx/read-workbook.ts");
    console.warn(`Leser (read-workbook) im Browser: ${(gzip / 1024).toFixed(0)} KB gzip`);
    expect(
      inputs.filter((p) => p.includes("node_modules/exceljs") || p.includes("node_modules/jszip")),
    ).toEqual([]);
    expect(inputs.filter((p) => /shared\/xlsx\/(exceljs-host|write-|apply-plan)/.test(p))).toEqual([]);
    expect(imports.filter((p) => NODE_BUILTINS.has(p))).toEqual([]);
  });
});
