// `npm run docs`: regenerates every document derived from code. Each generator also has a drift
// test, so a stale docs/ file or README table fails `npm test`.
import { spawnSync } from "node:child_process";

const generators = [
  "scripts/generate-rules-doc.ts",
  "scripts/generate-json-schema.ts",
  "scripts/generate-workbook-doc.ts",
  // README.md's cost table, from one synth of the stack (~30 s).
  "scripts/generate-cost-table.ts",
];
for (const file of generators) {
  const result = spawnSync("npx", ["tsx", file], { stdio: "inherit" });
  if (result.status !== 0) process.exitCode = 1;
}
