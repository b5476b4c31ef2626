// `npm run bench`: every benchmark, one after the other, each paired with its floor in its own run
// and printing its ratios (and by how much a goal is missed). The README's figures come from one
// run of this. Extra arguments go to none of them; run a single bench for other options.
import { spawnSync } from "node:child_process";

const benches = [
  ["bench/cli-validate.ts", "CLI validate gegen node -e 0"],
  ["bench/read-floor.ts", "Lesen + Prüfen im Prozess gegen den exceljs-Leser"],
  ["bench/api-bench.ts", "Einreichen (POST /filings) gegen die rohe Transaktion"],
  ["bench/consolidate.ts", "Konsolidierte Mappe gegen den WorkbookWriter-Boden"],
  ["bench/lambda-bundles.ts", "Lambda-Start gegen node -e 0"],
  [
    "bench/taskpane-first-render.ts",
    "Aufgabenbereich, erste Darstellung in Chromium gegen eine Minimalseite",
  ],
  ["bench/taskpane.ts", "Aufgabenbereich: Live-Prüfung und Round-Trips im In-Memory-Excel"],
] as const;

const failed: string[] = [];
for (const [file, what] of benches) {
  console.log(`\n▶ ${file} – ${what}`);
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--import", "tsx", file], { stdio: "inherit" });
  console.log(`  (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  if (result.status !== 0) failed.push(file);
}
if (failed.length) {
  console.error(`\nFehlgeschlagen: ${failed.join(", ")}`);
  process.exitCode = 1;
}
