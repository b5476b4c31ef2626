// `npm run bench`: runs every benchmark one after the other; each prints its own numbers.
import { spawnSync } from "node:child_process";

const benches = [
  "bench/read-validate.ts",
  "bench/taskpane.ts",
  "bench/api-bench.ts",
  "bench/lambda-bundles.ts",
];
for (const file of benches) {
  console.log(`\n▶ ${file}`);
  const result = spawnSync("npx", ["tsx", file], { stdio: "inherit" });
  if (result.status !== 0) process.exitCode = 1;
}
