#!/usr/bin/env node
// Builds the `foerderbericht` command into JavaScript (dist/cli/foerderbericht.mjs and one chunk per
// command), so a call starts Node on plain JS instead of compiling TypeScript through tsx each time.
// Runs on `npm install` (prepare), before `npm test` and `npm start`; bin/foerderbericht.mjs rebuilds
// it when one of the sources it was built from (dist/cli/inputs.json) is newer than the build.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { generateProgrammeRegistry } from "./generate-programme-registry.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const CLI_BUNDLE = join(root, "dist", "cli", "foerderbericht.mjs");
/** The repository files the build read (no node_modules), for the launcher's staleness check. */
export const CLI_INPUTS = join(root, "dist", "cli", "inputs.json");

export const buildCli = async () => {
  // The packs are parsed into shared/programme/packs.generated.ts first: the bundle holds that data.
  await generateProgrammeRegistry();
  rmSync(dirname(CLI_BUNDLE), { recursive: true, force: true });
  mkdirSync(dirname(CLI_BUNDLE), { recursive: true });
  const result = await build({
    entryPoints: { foerderbericht: join(root, "cli", "main.ts") },
    outdir: dirname(CLI_BUNDLE),
    outExtension: { ".js": ".mjs" },
    // One chunk per command (cli/run-cli.ts imports each on demand): `validate` loads the reader and
    // the rules, not exceljs, pdfmake or the AWS SDK.
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    metafile: true,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    minify: true,
    // Bundled: Node then parses a few files instead of resolving hundreds in node_modules (half
    // the CPU time per call). CommonJS dependencies (exceljs) need `require`.
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
    logLevel: "warning",
  });
  const inputs = Object.keys(result.metafile.inputs).filter((path) => !path.includes("node_modules/"));
  // A new pack folder changes this folder, not a file the build read.
  writeFileSync(CLI_INPUTS, JSON.stringify([...inputs, "shared/programme/packs"]));
  return result.metafile;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
