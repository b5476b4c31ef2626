// `npm run bench:cli`: wall time of `foerderbericht validate` on a sample workbook, as a user calls it
// (the built JavaScript through bin/), next to running the TypeScript sources through tsx.
// Prints numbers; asserts nothing.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleVerwendungsnachweis } from "../shared/filing/sample-filings";
import { writeWorkbook } from "../shared/xlsx/write-workbook";

const RUNS = 5;
const dir = mkdtempSync(join(tmpdir(), "cli-bench-"));
const file = join(dir, "vn.xlsx");
writeFileSync(file, await writeWorkbook(sampleVerwendungsnachweis()));
execFileSync(process.execPath, ["scripts/build-cli.mjs"]);

const median = (command: string, args: string[]) => {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const result = spawnSync(command, args, { stdio: "ignore" });
    if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} endete mit ${result.status}`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
};

const built = median(process.execPath, ["bin/foerderbericht.mjs", "validate", file]);
const tsx = median("npx", ["tsx", "cli/main.ts", "validate", file]);
console.log(`foerderbericht validate (Median aus ${RUNS}):`);
console.log(`  gebaut (bin → dist/cli): ${(built / 1000).toFixed(2)} s`);
console.log(`  tsx (TypeScript-Quellen): ${(tsx / 1000).toFixed(2)} s`);
