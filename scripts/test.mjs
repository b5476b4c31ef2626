#!/usr/bin/env node
// `npm test`: static checks (types, lint, format), then every vitest suite; ends with the plain
// summary line "N passed, N failed" that CI reads. Checks count as tests so a lint error is red too.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";

const env = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" };
const run = (cmd, args) => spawnSync(cmd, args, { stdio: "inherit", env }).status === 0;

// The programme registry is generated from its folders; a fresh checkout may not have it yet.
run("node", ["scripts/generate-programme-registry.mjs"]);
// Tests call the real `foerderbericht` command, many at once: build it once before they start.
run("node", ["scripts/build-cli.mjs"]);

const checks = [
  ["Typen (tsc je Umgebung)", "node", ["scripts/typecheck.mjs"]],
  // Caches under node_modules/.cache: unchanged files are not linted or formatted again.
  [
    "Lint (eslint)",
    "npx",
    ["eslint", "--max-warnings", "0", "--cache", "--cache-location", "node_modules/.cache/eslint/", "."],
  ],
  ["Format (prettier)", "npx", ["prettier", "--check", "--cache", "--log-level", "warn", "."]],
];
let passed = 0;
let failed = 0;
// Skipped and todo tests are counted on the closing line too, so none can vanish silently.
let skipped = 0;
for (const [label, cmd, args] of checks) {
  console.log(`\n▶ ${label}`);
  if (run(cmd, args)) passed += 1;
  else {
    failed += 1;
    console.log(`✖ ${label} fehlgeschlagen`);
  }
}

const results = ".vitest-results.json";
rmSync(results, { force: true });
console.log("\n▶ Tests (vitest)");
const vitestOk = run("npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${results}`,
  ...process.argv.slice(2),
]);
try {
  const report = JSON.parse(readFileSync(results, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A suite that fails to load, or whose beforeAll throws (its tests then count as skipped), has no
  // failed test to count: count the suite, so it cannot pass silently.
  failed += (report.testResults ?? []).filter(
    (s) => s.status === "failed" && !s.assertionResults.some((a) => a.status === "failed"),
  ).length;
} catch {
  failed += 1;
}
if (!vitestOk && failed === 0) failed = 1;

console.log(`\n${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exit(failed === 0 ? 0 : 1);
