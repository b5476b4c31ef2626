#!/usr/bin/env node
// Builds the `foerderbericht` command into one JavaScript file (dist/cli/foerderbericht.mjs), so a
// call starts Node on plain JS instead of compiling TypeScript through tsx each time. Runs on
// `npm install` (prepare), before `npm test` and `npm start`; bin/foerderbericht.mjs rebuilds it
// when a source is newer than the build.
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const CLI_BUNDLE = join(root, "dist", "cli", "foerderbericht.mjs");

export const buildCli = async () => {
  mkdirSync(dirname(CLI_BUNDLE), { recursive: true });
  await build({
    entryPoints: [join(root, "cli", "main.ts")],
    outfile: CLI_BUNDLE,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    minify: true,
    // Everything in one file: Node then parses one module instead of resolving hundreds in
    // node_modules (half the CPU time per call). CommonJS dependencies (exceljs) need `require`.
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
    logLevel: "warning",
  });
};

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
