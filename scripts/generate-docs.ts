// `npm run docs`: regenerates every document derived from code. Each generator also has a drift
// test, so a stale docs/ file fails `npm test`.
import { spawnSync } from "node:child_process";

const generators = [
  "scripts/generate-rules-doc.ts",
  "scripts/generate-json-schema.ts",
  "scripts/generate-workbook-doc.ts",
];
for (const file of generators) {
  const result = spawnSync("npx", ["tsx", file], { stdio: "inherit" });
  if (result.status !== 0) process.exitCode = 1;
}
