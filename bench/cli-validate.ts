// `npm run bench:cli`: `foerderbericht validate` on the sample workbook as a user calls it (node
// bin/foerderbericht.mjs → the built dist/cli), whole process, against `node -e 0` in the same run,
// the two interleaved so load on the machine hits both alike. Each child reports its own CPU time
// (user + system, all threads) at exit; wall time is printed beside it. Also a Verwendungsnachweis
// with 2,000 Personal rows, so a faster start is not bought with a slower large file.
//   npx tsx bench/cli-validate.ts [runs]
// Prints medians and ratios; asserts nothing.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { largeVerwendungsnachweis } from "../functions/store/fixtures/large-filings";
import { sampleVerwendungsnachweis } from "../shared/samples/sample-filings";
import { writeWorkbook } from "../shared/xlsx/write-workbook";
import { formatRatio, median } from "./bench-format";

const RUNS = Number(process.argv[2] ?? 9);
const GOAL = 2.5;
const dir = mkdtempSync(join(tmpdir(), "cli-bench-"));
const sample = join(dir, "vn.xlsx");
const large = join(dir, "vn-2000.xlsx");
writeFileSync(sample, await writeWorkbook(sampleVerwendungsnachweis()));
writeFileSync(large, await writeWorkbook(largeVerwendungsnachweis(2000)));
execFileSync(process.execPath, ["scripts/build-cli.mjs"]);

// Loaded before the program in both cases: writes the process's CPU time to fd 3 when it exits.
const REPORT = `data:text/javascript,${encodeURIComponent(
  'import { writeSync } from "node:fs"; process.on("exit", () => { const u = process.cpuUsage(); writeSync(3, String((u.user + u.system) / 1000)); });',
)}`;

const once = (args: string[]) => {
  const started = performance.now();
  const run = spawnSync(process.execPath, ["--import", REPORT, ...args], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  const wall = performance.now() - started;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(" ")}: ${run.stderr}`);
  return { wall, cpu: Number(run.output[3]) };
};

const pair = (args: string[]) => {
  const floor = { wall: [] as number[], cpu: [] as number[] };
  const cli = { wall: [] as number[], cpu: [] as number[] };
  once(["bin/foerderbericht.mjs", ...args]); // the first call may rebuild dist/cli: not measured
  for (let i = 0; i < RUNS; i++) {
    const f = once(["-e", "0"]);
    const c = once(["bin/foerderbericht.mjs", ...args]);
    floor.wall.push(f.wall);
    floor.cpu.push(f.cpu);
    cli.wall.push(c.wall);
    cli.cpu.push(c.cpu);
  }
  return {
    floor: { wall: median(floor.wall), cpu: median(floor.cpu) },
    cli: { wall: median(cli.wall), cpu: median(cli.cpu) },
  };
};

const ms = (n: number) => `${n.toFixed(0)} ms`;
console.log(`foerderbericht validate, ganzer Prozess (Median aus ${RUNS}, abwechselnd mit node -e 0):`);
for (const [label, file] of [
  ["Beispiel-Verwendungsnachweis", sample],
  ["Verwendungsnachweis, 2.000 Personalzeilen", large],
] as const) {
  const { floor, cli } = pair(["validate", file]);
  console.log(`  ${label}:`);
  console.log(
    `    CPU:  ${ms(cli.cpu)} gegen node -e 0 ${ms(floor.cpu)} → ${formatRatio(cli.cpu / floor.cpu, GOAL)}`,
  );
  console.log(
    `    Wand: ${ms(cli.wall)} gegen node -e 0 ${ms(floor.wall)} → ${(cli.wall / floor.wall).toFixed(2)}×`,
  );
}
rmSync(dir, { recursive: true, force: true });
