// How long reading and validating a large Verwendungsnachweis takes: 200 Personal rows.
//   npx tsx bench/read-validate.ts [runs]
// Prints medians in ms; no assertions (numbers vary by machine).
import { performance } from "node:perf_hooks";
import { largeVerwendungsnachweis } from "../functions/store/fixtures/large-filings";
import { defaultProgramParams } from "../shared/programme";
import { validate } from "../shared/rules";
import { readWorkbook } from "../shared/xlsx/read-workbook";
import { validateWorkbook } from "../shared/xlsx/read-workbook";
import { writeWorkbook } from "../shared/xlsx/write-workbook";

const ROWS = 200;
const RUNS = Number(process.argv[2] ?? 15);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const time = async (label: string, action: () => Promise<unknown> | unknown) => {
  await action(); // warm-up: JIT and module caches
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await action();
    samples.push(performance.now() - start);
  }
  const fmt = (ms: number) => ms.toFixed(1).padStart(8);
  console.log(
    `${label.padEnd(42)} Median ${fmt(median(samples))} ms   min ${fmt(Math.min(...samples))} ms   max ${fmt(Math.max(...samples))} ms`,
  );
};

const filing = largeVerwendungsnachweis(ROWS);
const buildStart = performance.now();
const workbook = await writeWorkbook(filing);
console.log(
  `Arbeitsmappe: ${ROWS} Zeilen Personalkosten, ${(workbook.length / 1024).toFixed(0)} KiB, geschrieben in ${(performance.now() - buildStart).toFixed(0)} ms; ${RUNS} Läufe je Messung`,
);

const read = await readWorkbook(workbook);
if (!read.filing) throw new Error("Die Bench-Arbeitsmappe ließ sich nicht lesen.");
const parsed = read.filing;
const params = defaultProgramParams(filing.meta);
const rowsRead = parsed.kind === "verwendungsnachweis" ? parsed.data.personal.zeilen.length : 0;
const findings = (await validateWorkbook(workbook, { params })).findings;
console.log(
  `gelesen: ${rowsRead} Zeilen Personalkosten, Befunde: ${findings.map((f) => f.ruleId).join(", ") || "keine"}`,
);

await time("lesen (readWorkbook)", () => readWorkbook(workbook));
await time("Regeln prüfen (validate, ohne Lesen)", () => validate(parsed, params));
await time("lesen + prüfen (validateWorkbook)", () => validateWorkbook(workbook, { params }));
