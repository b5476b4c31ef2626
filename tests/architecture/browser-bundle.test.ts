import { gzipSync } from "node:zlib";
import type { Metafile } from "esbuild";
import { describe, expect, it } from "vitest";
import { bundleForBrowser, NODE_BUILTINS, ROOT } from "../support/bundle-for-browser";

/** What the task pane takes from shared/: the contract, the rules, the grids, the reader and the plan. */
const CORE = [
  "shared/api/api-schemas",
  "shared/api/routes",
  "shared/workbook/index",
  "shared/filing/index",
  "shared/programme/index",
  "shared/rules/index",
];
/** …and reading or writing .xlsx files in the browser (the web app's upload and download). */
const WITH_XLSX = [...CORE, "shared/xlsx/read-workbook", "shared/xlsx/write-workbook"];

const bundle = async (modules: string[]) => {
  const result = await bundleForBrowser({
    stdin: {
      contents: modules.map((m, i) => `export * as m${i} from "./${m}";`).join("\n"),
      resolveDir: ROOT,
      loader: "ts",
    },
  });
  const bytes = result.outputFiles[0]!.contents;
  return { metafile: result.metafile, bytes: bytes.byteLength, gzip: gzipSync(bytes).byteLength };
};

const nodeImports = (metafile: Metafile) =>
  Object.values(metafile.inputs).flatMap((input) =>
    input.imports
      .filter((i) => (i.external && i.path !== "<runtime>") || NODE_BUILTINS.has(i.path))
      .map((i) => i.path),
  );
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

describe("shared/ in a browser", () => {
  it("bundles the core for the browser without a Node built-in and without zod's locales", async () => {
    const { metafile, bytes, gzip } = await bundle(CORE);
    console.warn(`shared/ (Kern) im Browser: ${kb(bytes)} minifiziert, ${kb(gzip)} gzip`);

    expect(nodeImports(metafile)).toEqual([]);
    // esbuild lists every file it looked at; what counts is what ends up in the output.
    const included = Object.values(metafile.outputs).flatMap((o) =>
      Object.entries(o.inputs)
        .filter(([, i]) => i.bytesInOutput > 0)
        .map(([path]) => path),
    );
    const locales = included.filter((p) => /zod\/v4\/locales\/(?!en\.js)/.test(p));
    expect(locales).toEqual([]);
  });

  it("bundles the xlsx reader and writer for the browser too", async () => {
    const { metafile, bytes, gzip } = await bundle(WITH_XLSX);
    console.warn(`shared/ mit xlsx im Browser: ${kb(bytes)} minifiziert, ${kb(gzip)} gzip`);

    expect(nodeImports(metafile)).toEqual([]);
  });
});
