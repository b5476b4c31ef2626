// The workbook reader next to what it replaced, in one run, as ratios (2 shared cores: times vary,
// ratios less so):
//   - read + validate in-process at 20 / 200 / 2,000 Personal rows: the fflate reader vs the exceljs
//     reader (the test oracle), same filing and findings checked;
//   - `foerderbericht validate` of the sample workbook as a process: wall and CPU vs `node -e 0`.
//   npx tsx bench/read-floor.ts [runs]
// Prints numbers; asserts nothing.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { largeVerwendungsnachweis } from "../functions/store/fixtures/large-filings";
import { sampleVerwendungsnachweis } from "../shared/samples/sample-filings";
import { defaultProgramParams } from "../shared/programme";
import { checkWorkbook } from "../shared/workbook/check-workbook";
import { READ_METER, readMeterSnapshot } from "../shared/xlsx/read-meter";
import { readWorkbook } from "../shared/xlsx/read-workbook";
import { readWorkbookWithExcelJs } from "../shared/xlsx/test-support/read-with-exceljs";
import { writeWorkbook } from "../shared/xlsx/write-workbook";

const RUNS = Number(process.argv[2] ?? 9);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median wall and CPU ms of `action`, after one warm-up. */
const measure = async (action: () => Promise<unknown>) => {
  await action();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const [t, c] = [performance.now(), process.cpuUsage()];
    await action();
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
};

const ms = (n: number) => `${n.toFixed(1).padStart(7)} ms`;

console.log(`Lesen + Prüfen im Prozess, Median aus ${RUNS} (fflate-Leser gegen exceljs-Leser):`);
for (const rows of [20, 200, 2_000]) {
  const filing = largeVerwendungsnachweis(rows);
  const params = defaultProgramParams(filing.meta);
  const bytes = new Uint8Array(await writeWorkbook(filing));
  const fresh = async () => checkWorkbook(await readWorkbook(bytes), { params });
  const oracle = async () => checkWorkbook(await readWorkbookWithExcelJs(bytes), { params });
  const [a, b] = [await fresh(), await oracle()];
  const same = isDeepStrictEqual(a.filing, b.filing) && isDeepStrictEqual(a.findings, b.findings);
  const meter = readMeterSnapshot();
  await readWorkbook(bytes);
  const kept = READ_METER.cellsKept - meter.cellsKept;
  const inflated = READ_METER.bytesInflated - meter.bytesInflated;
  const [n, o] = [await measure(fresh), await measure(oracle)];
  console.log(
    `  ${String(rows).padStart(5)} Zeilen (${(bytes.length / 1024).toFixed(0)} KiB): fflate ${ms(n.wall)} (CPU ${ms(n.cpu)})  exceljs ${ms(o.wall)} (CPU ${ms(o.cpu)})  Verhältnis ${(o.wall / n.wall).toFixed(1)}×  gleich: ${same ? "ja" : "NEIN"}  Zellen ${kept}, entpackt ${(inflated / 1024).toFixed(0)} KiB`,
  );
}

// A child's CPU, reported by the child itself on exit (fd 3), so spawning is not counted.
const CPU_PROBE =
  'data:text/javascript,import{writeSync}from"node:fs";process.on("exit",()=>{const u=process.cpuUsage();writeSync(3,String((u.user+u.system)/1000))})';
const run = (args: string[]) => {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, ["--import", CPU_PROBE, ...args], {
      stdio: ["ignore", "ignore", "ignore", "pipe"],
    });
    wall.push(performance.now() - t);
    cpu.push(Number(r.output[3]?.toString() ?? Number.NaN));
  }
  return { wall: median(wall), cpu: median(cpu) };
};

const dir = mkdtempSync(join(tmpdir(), "read-floor-"));
const file = join(dir, "vn.xlsx");
writeFileSync(file, await writeWorkbook(sampleVerwendungsnachweis()));
execFileSync(process.execPath, ["scripts/build-cli.mjs"]);
const floor = run(["-e", "0"]);
const cli = run(["bin/foerderbericht.mjs", "validate", file]);
console.log(`foerderbericht validate (gebaut) gegen node -e 0, Median aus ${RUNS}:`);
console.log(`  node -e 0:  Wand ${ms(floor.wall)}  CPU ${ms(floor.cpu)}`);
console.log(
  `  validate:   Wand ${ms(cli.wall)}  CPU ${ms(cli.cpu)}   Verhältnis Wand ${(cli.wall / floor.wall).toFixed(1)}×, CPU ${(cli.cpu / floor.cpu).toFixed(1)}×`,
);
