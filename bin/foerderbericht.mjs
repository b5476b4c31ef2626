#!/usr/bin/env node
// Launcher for the `foerderbericht` command: runs the built JavaScript (dist/cli), and builds it
// first when it is missing or older than a source file (cli/, shared/, and functions/, which
// `publish --local` imports) – so a checkout never runs stale code.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bundle = join(root, "dist", "cli", "foerderbericht.mjs");

const newestSource = (dir) => {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
};

const stale = () =>
  !existsSync(bundle) ||
  Math.max(...["cli", "shared", "functions"].map((d) => newestSource(join(root, d)))) >
    statSync(bundle).mtimeMs;

if (existsSync(join(root, "cli")) && stale()) {
  const { buildCli } = await import(pathToFileURL(join(root, "scripts", "build-cli.mjs")).href);
  await buildCli();
}
await import(pathToFileURL(bundle).href);
