#!/usr/bin/env node
// Launcher for the `foerderbericht` command: runs the built JavaScript (dist/cli), and builds it
// first when it is missing or when a file it was built from (dist/cli/inputs.json, written by the
// build: cli/, shared/, the functions/ that `publish --local` imports, the pack folders) is newer
// than the build – so a checkout never runs stale code. Only those files are checked (a few hundred
// stat calls, not a walk of the tree): a new source file matters only once an input imports it, and
// that input is then newer.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bundle = join(root, "dist", "cli", "foerderbericht.mjs");
const inputs = join(root, "dist", "cli", "inputs.json");

const stale = () => {
  if (!existsSync(bundle) || !existsSync(inputs)) return true;
  const built = statSync(bundle).mtimeMs;
  return JSON.parse(readFileSync(inputs, "utf8")).some(
    (file) => (statSync(join(root, file), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) > built,
  );
};

if (existsSync(join(root, "cli")) && stale()) {
  const { buildCli } = await import(pathToFileURL(join(root, "scripts", "build-cli.mjs")).href);
  await buildCli();
}
await import(pathToFileURL(bundle).href);
