/**
 * `npm run bench:lambdas` – every route's Lambda bundle, built as the CDK stack builds it: its size and
 * the median time to import it (module init) in a fresh Node process, each paired with `node -e 0`
 * in the same run (ratios), and the choice "the runtime's SDK" vs "the SDK bundled into the route"
 * measured on two routes. Goals from issue 12/20: JSON routes ≤ 300 KiB, workbook routes ≤ 1 MiB,
 * submit ≤ 400 KiB; only workbook-writing routes may carry exceljs. Prints numbers, asserts nothing.
 *   npx tsx bench/lambda-bundles.ts [runs]
 */
import { spawnSync } from "node:child_process";
import os from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { statSync } from "node:fs";
import { buildLambdaBundles, type BuiltBundle } from "../infra/bundle/build-lambda-bundles";
import { esbuildOptions, LAMBDA_BUNDLE } from "../infra/bundle/lambda-bundle-options";
import { handlerEntry } from "../functions/handler-entry";
import { ROUTES } from "../shared/api/routes";
import { REPO_ROOT } from "../infra/repo-root";

const RUNS = Number(process.argv[2] ?? process.env.BENCH_INIT_RUNS ?? 7);
const GOALS = { json: 300 * 1024, workbook: 1024 * 1024 };
const INIT_GOAL_MS = 200;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface InitTime {
  /** Wall-clock milliseconds since the process started: what a cold start waits. */
  wallMs: number;
  /** CPU milliseconds of the process (user + system): barely moved by other load on the machine. */
  cpuMs: number;
}

/** A new Node process that imports the given modules, start to finish: what a cold start spends. */
const importTime = (specifiers: string[]): InitTime => {
  const imports = specifiers.map((s) => `await import(${JSON.stringify(s)});`).join(" ");
  // Whole process since its start (Node's own start-up included), so `node -e 0` is a true floor.
  const script = `${imports} const u = process.cpuUsage(); console.log(JSON.stringify({ wallMs: performance.now(), cpuMs: (u.user + u.system) / 1000 }));`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
  });
  if (run.status !== 0) throw new Error(`import failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as InitTime;
};
const medianImportTime = (specifiers: string[]): InitTime => {
  const runs = Array.from({ length: RUNS }, () => importTime(specifiers));
  return { wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)) };
};

/**
 * Routes that write a workbook (downloads): the only ones that may carry exceljs. Every read path
 * (submit with an .xlsx upload included) reads with the fflate reader once it is merged.
 */
const WORKBOOK_WRITERS = new Set([
  "getFilingWorkbook",
  "getConsolidatedWorkbook",
  "getPublication",
  "getYearPublication",
]);

/** A workbook route is one whose bundle carries exceljs; decided by the build, not by a list of routes. */
const kindOf = (b: BuiltBundle) =>
  Object.keys(b.inputs).some((path) => path.includes("node_modules/exceljs/")) ? "workbook" : "json";

/** The largest contributors, by npm package or by our own top-level folder. */
const largestParts = (b: BuiltBundle, count = 3) => {
  const byPart = new Map<string, number>();
  for (const [path, bytes] of Object.entries(b.inputs)) {
    const part = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? `${path.split("/")[0]}/`;
    byPart.set(part, (byPart.get(part) ?? 0) + bytes);
  }
  return [...byPart]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([part, bytes]) => `${part} ${kib(bytes)}`)
    .join(", ");
};

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const mark = (ok: boolean) => (ok ? "ok" : "über Ziel");
const ratio = (value: number, floor: number) => `${(value / floor).toFixed(2)}×`;

const outDir = join(REPO_ROOT, "dist/lambda");
const started = performance.now();
const bundles = await buildLambdaBundles(outDir);
console.log(
  `${bundles.length} Bundles gebaut in ${((performance.now() - started) / 1000).toFixed(1)} s nach ${outDir} ` +
    `(esbuild ${LAMBDA_BUNDLE.format}, ${LAMBDA_BUNDLE.target}, minify, extern: ${LAMBDA_BUNDLE.external.join(", ") || "nichts, das SDK ist gebündelt"})`,
);
console.log(
  `Init = Median von ${RUNS} frischen Node-${process.versions.node}-Prozessen, nur der Import des Bundles`,
);
console.log(
  `Ziele: JSON-Routen ≤ ${kib(GOALS.json)}, Arbeitsmappen-Routen ≤ ${kib(GOALS.workbook)}, Init ≤ ${INIT_GOAL_MS} ms\n`,
);
const floor = medianImportTime([]);
console.log(
  `Boden: node -e 0 (ein Prozess ohne Import) Init ${ms(floor.wallMs)}, CPU ${ms(floor.cpuMs)} – Verhältnisse unten dazu\n`,
);
console.log(
  `${"Route".padEnd(18)} ${"Art".padEnd(8)} ${"Größe".padStart(9)} ${"Ziel".padStart(10)}   ${"Init".padStart(8)} ${"Ziel".padStart(10)} ${"CPU".padStart(8)}   größte Teile`,
);
for (const b of bundles) {
  const kind = kindOf(b);
  const init = medianImportTime([pathToFileURL(b.file).href]);
  console.log(
    `${b.route.id.padEnd(18)} ${kind.padEnd(8)} ${kib(b.bytes).padStart(9)} ${mark(b.bytes <= GOALS[kind]).padStart(10)}   ${ms(init.wallMs).padStart(8)} ${mark(init.wallMs <= INIT_GOAL_MS).padStart(10)} ${ms(init.cpuMs).padStart(8)} ${ratio(init.cpuMs, floor.cpuMs).padStart(7)}   ${largestParts(b)}`,
  );
  if (kind === "workbook" && !WORKBOOK_WRITERS.has(b.route.id))
    console.log(
      `${"".padEnd(18)} ↑ exceljs in einer Route, die keine Arbeitsmappe schreibt (Leser ohne exceljs fehlt)`,
    );
}
// The SDK is not in the bundles (the runtime has it), but loading it is part of every init above.
const sdk = medianImportTime(["@aws-sdk/client-dynamodb", "@aws-sdk/lib-dynamodb"]);
console.log(
  `\n@aws-sdk/client-dynamodb + lib-dynamodb allein aus node_modules (wie die Laufzeit sie lädt): ${ms(sdk.wallMs)}, CPU ${ms(sdk.cpuMs)}`,
);
console.log(`SDK allein: CPU ${ratio(sdk.cpuMs, floor.cpuMs)} von node -e 0`);

// The choice (LAMBDA_BUNDLE.external): the SDK bundled into the route (what is built above) against
// the runtime's SDK left external (loaded from node_modules as the runtime loads its own), same run.
console.log(`\nSDK gebündelt (gewählt) gegen das SDK der Laufzeit (extern), Init-CPU, Median von ${RUNS}:`);
for (const id of ["submitFiling", "getFiling"]) {
  const route = ROUTES.find((r) => r.id === id)!;
  const dir = join(REPO_ROOT, "dist/lambda-sdk-external", route.handler);
  await build({ ...esbuildOptions(handlerEntry(route), dir), external: ["@aws-sdk/*"] });
  const externalFile = join(dir, LAMBDA_BUNDLE.outFile);
  const bundled = bundles.find((b) => b.route.id === id)!;
  const a = medianImportTime([pathToFileURL(externalFile).href]);
  const b = medianImportTime([pathToFileURL(bundled.file).href]);
  console.log(
    `${id.padEnd(18)} extern ${kib(statSync(externalFile).size)} CPU ${ms(a.cpuMs)} (${ratio(a.cpuMs, floor.cpuMs)}) · gebündelt ${kib(bundled.bytes)} CPU ${ms(b.cpuMs)} (${ratio(b.cpuMs, floor.cpuMs)}) → gebündelt/extern ${ratio(b.cpuMs, a.cpuMs)}`,
  );
}
console.log(
  `Last während der Messung (loadavg 1 min): ${os.loadavg()[0]!.toFixed(1)} bei ${os.cpus().length} Kernen`,
);
