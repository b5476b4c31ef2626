// Consolidating a year of N synthetic filings: the streaming build (pages, WorkbookWriter, charts
// added to the zip) against a naive build (all filings in memory, an in-memory ExcelJS.Workbook),
// each in its own child process so peak RSS (process.resourceUsage().maxRSS) is its own.
//   npx tsx bench/consolidate.ts            → the three builds at 500 and 5,000 filings, side by side
//   npx tsx bench/consolidate.ts stream floor   → only those builds (the naive one takes longest)
//   npx tsx bench/consolidate.ts child <stream|floor|naive> <n>   (what the parent runs)
// Reads come from a generated source, not DynamoDB: this measures the build, not the database.
// Numbers are printed, never asserted. Goals: 5,000 filings ≤ 1.5× the WorkbookWriter floor (values
// only, same run), ≤ 512 MB, memory ~flat.
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import {
  buildConsolidatedWorkbook,
  type WorkbookSink,
} from "../shared/consolidate/build-consolidated-workbook";
import type { ConsolidationSource } from "../shared/consolidate/consolidation-source";
import type { ContentItem, OverviewItem } from "../shared/consolidate/consolidation-items";
import { filingAmounts } from "../shared/consolidate/filing-amounts";
import { isFormula } from "../shared/consolidate/sheet-model";
import { filingKey, type Filing } from "../shared/filing/filing";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../shared/samples/sample-filings";
import { writeConsolidatedWorkbook } from "../shared/xlsx/write-consolidated-workbook";
import { formatRatio } from "./bench-format";

const PAGE = 100;
const GOAL = 1.5;

/** Filing i of a synthetic year: pairs of Verwendungsnachweis and Jahresbericht, one district each. */
const synthetic = (i: number, year = 2025): Filing => {
  const meta = {
    programmeId: "stadtteilmanagement",
    traegerId: `traeger-${Math.floor(i / 2) % 40}`,
    districtId: `bezirk-${Math.floor(i / 2)}`,
    year,
  };
  return i % 2 === 0 ? sampleVerwendungsnachweis(meta) : sampleJahresbericht(meta);
};

const overviewItem = (f: Filing): OverviewItem => ({
  filingId: filingKey(f.kind, f.meta),
  kind: f.kind,
  meta: f.meta,
  status: "eingereicht",
  version: 1,
  dueDate: "2026-06-30",
  overdue: false,
  findingCounts: { fehler: 0, warnung: 1, hinweis: 0 },
  amounts: filingAmounts(f),
  zuschussBewilligt: null,
});
const contentItem = (f: Filing): ContentItem => ({
  filingId: filingKey(f.kind, f.meta),
  version: 1,
  filing: f,
  findings: [],
  comments: [
    {
      version: 1,
      at: "2026-02-01T10:00:00Z",
      byName: "Koordinierung",
      action: "zurueckgeben",
      text: "Bitte prüfen.",
    },
  ],
});

/** Pages generated as they are read, like DynamoDB pages: nothing is kept between pages. */
const generatedSource = (n: number): ConsolidationSource => {
  const pages = <T>(count: number, make: (i: number) => T | undefined) =>
    (async function* () {
      for (let start = 0; start < count; start += PAGE) {
        const page: T[] = [];
        for (let i = start; i < Math.min(count, start + PAGE); i++) {
          const item = make(i);
          if (item) page.push(item);
        }
        yield page;
        await new Promise((r) => setImmediate(r)); // a database read would yield here too
      }
    })();
  return {
    programmeId: "stadtteilmanagement",
    year: 2025,
    overview: () => pages(n, (i) => overviewItem(synthetic(i))),
    previousYear: () => pages(n, (i) => (i % 2 ? overviewItem(synthetic(i, 2024)) : undefined)),
    contents: ({ kind }) =>
      pages(n, (i) => {
        const f = synthetic(i);
        return kind === undefined || f.kind === kind ? contentItem(f) : undefined;
      }),
  };
};

/** The naive way: every filing read into memory first, then one in-memory workbook. */
const naiveBuild = async (n: number): Promise<number> => {
  const all = Array.from({ length: n }, (_, i) => synthetic(i));
  const previous = all
    .filter((f) => f.kind === "jahresbericht")
    .map((f) => ({ ...f, meta: { ...f.meta, year: 2024 } }));
  const once = <T>(items: T[]) =>
    (async function* () {
      yield items;
    })();
  const source: ConsolidationSource = {
    programmeId: "stadtteilmanagement",
    year: 2025,
    overview: () => once(all.map(overviewItem)),
    previousYear: () => once(previous.map(overviewItem)),
    contents: ({ kind }) => once(all.filter((f) => kind === undefined || f.kind === kind).map(contentItem)),
  };
  const workbook = new ExcelJS.Workbook();
  const sheets = new Map<string, ExcelJS.Worksheet>();
  const sink: WorkbookSink = {
    declareSheets: async (specs) => specs.forEach((s) => sheets.set(s.name, workbook.addWorksheet(s.name))),
    writeRows: async (spec, first, rows) =>
      rows.forEach((cells, i) =>
        cells.forEach((c, j) => {
          sheets.get(spec.name)!.getCell(first + i, j + 1).value =
            c !== null && isFormula(c) ? { formula: c.formula, result: c.result } : c;
        }),
      ),
    finishSheet: async () => undefined,
  };
  await buildConsolidatedWorkbook(source, sink);
  return (await workbook.xlsx.writeBuffer()).byteLength;
};

/**
 * The writer floor: exceljs' streaming WorkbookWriter writing the same cells from the same build,
 * values only (no styles, widths, views, filters or charts) – what the product's writer is paired with.
 */
const floorBuild = async (n: number): Promise<number> => {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ useStyles: false, useSharedStrings: false });
  const sheets = new Map<string, ExcelJS.Worksheet>();
  const sink: WorkbookSink = {
    declareSheets: async (specs) => specs.forEach((s) => sheets.set(s.name, writer.addWorksheet(s.name))),
    writeRows: async (spec, first, rows) =>
      rows.forEach((cells, i) => {
        const row = sheets.get(spec.name)!.getRow(first + i);
        cells.forEach((c, j) => {
          row.getCell(j + 1).value =
            c !== null && isFormula(c) ? { formula: c.formula, result: c.result } : c;
        });
        row.commit();
      }),
    finishSheet: async (spec) => sheets.get(spec.name)!.commit(),
  };
  await buildConsolidatedWorkbook(generatedSource(n), sink);
  await writer.commit();
  return (writer as unknown as { stream: { read: () => Uint8Array } }).stream.read().byteLength;
};

const child = async (mode: string, n: number) => {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const bytes =
    mode === "stream"
      ? (await writeConsolidatedWorkbook(generatedSource(n))).byteLength
      : mode === "floor"
        ? await floorBuild(n)
        : await naiveBuild(n);
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(JSON.stringify({ mode, n, ms, cpuMs, bytes, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
};

const parent = (modes: string[]) => {
  const sizes = [500, 5_000];
  const results: Record<string, { ms: number; cpuMs: number; maxRssMb: number; bytes: number }> = {};
  for (const n of sizes)
    for (const mode of modes) {
      const run = spawnSync(
        process.execPath,
        ["--import", "tsx", "bench/consolidate.ts", "child", mode, String(n)],
        {
          encoding: "utf8",
          maxBuffer: 10 * 1024 * 1024,
        },
      );
      const line = run.stdout.trim().split("\n").pop() ?? "";
      if (run.status !== 0 || !line.startsWith("{")) {
        console.error(`${mode} ${n}: fehlgeschlagen\n${run.stderr.slice(-2000)}`);
        process.exitCode = 1;
        continue;
      }
      results[`${mode}-${n}`] = JSON.parse(line);
    }
  const cell = (key: string) => {
    const r = results[key];
    return r
      ? `${(r.ms / 1000).toFixed(1).padStart(5)} s (CPU ${(r.cpuMs / 1000).toFixed(1)} s) ${r.maxRssMb.toFixed(0).padStart(4)} MB`
      : "–";
  };
  console.log("Konsolidierte Mappe: Zeit, CPU und Spitzen-RSS (je Lauf ein eigener Prozess)");
  for (const n of sizes) {
    const [a, b] = [results[`stream-${n}`], results[`floor-${n}`]];
    console.log(
      `  ${n} Vorgänge: streamend ${cell(`stream-${n}`)} · Boden (WorkbookWriter, nur Werte) ${cell(`floor-${n}`)} · naiv (alles im Speicher) ${cell(`naive-${n}`)}`,
    );
    // CPU time: on shared cores the wall time of two runs minutes apart varies by up to 2×.
    if (a && b)
      console.log(
        `    streamend/Boden: CPU ${formatRatio(a.cpuMs / b.cpuMs, GOAL)}, Zeit ${(a.ms / b.ms).toFixed(2)}×`,
      );
  }
  const s = [results["stream-500"], results["stream-5000"]];
  if (s[0] && s[1])
    console.log(
      `Datei bei 5.000: ${(s[1].bytes / 1024 / 1024).toFixed(1)} MB; RSS-Zuwachs 500 → 5.000 streamend: ${(s[1].maxRssMb - s[0].maxRssMb).toFixed(0)} MB (Ziel: ≤ 1,5× des Bodens, ≤ 512 MB)`,
    );
};

if (process.argv[2] === "child") await child(process.argv[3]!, Number(process.argv[4]));
else parent(process.argv.length > 2 ? process.argv.slice(2) : ["stream", "floor", "naive"]);
