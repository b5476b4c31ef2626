/**
 * `npm run bench:lambdas` – every route's Lambda bundle, built as the CDK stack builds it: its size and
 * the median time to import it (module init) in a fresh Node process. Goals from issue 12: JSON routes
 * ≤ 300 KiB, workbook routes ≤ 1 MiB, init ≤ 200 ms. Prints numbers, asserts nothing.
 *   npx tsx bench/lambda-bundles.ts [runs]
 */
import { spawnSync } from "node:child_process";
import os from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildLambdaBundles, type BuiltBundle } from "../infra/bundle/build-lambda-bundles";
import { LAMBDA_BUNDLE } from "../infra/bundle/lambda-bundle-options";
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
  /** Wall-clock milliseconds: what a cold start waits. */
  wallMs: number;
  /** CPU milliseconds of the process (user + system): barely moved by other load on the machine. */
  cpuMs: number;
}

/** How long the given imports take in a new Node process: what a cold start spends on module init. */
const importTime = (specifiers: string[]): InitTime => {
  const imports = specifiers.map((s) => `await import(${JSON.stringify(s)});`).join(" ");
  const script = `const t = performance.now(), c = process.cpuUsage(); ${imports} const u = process.cpuUsage(c); console.log(JSON.stringify({ wallMs: performance.now() - t, cpuMs: (u.user + u.system) / 1000 }));`;
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

const outDir = join(REPO_ROOT, "dist/lambda");
const started = performance.now();
const bundles = await buildLambdaBundles(outDir);
console.log(
  `${bundles.length} Bundles gebaut in ${((performance.now() - started) / 1000).toFixed(1)} s nach ${outDir} ` +
    `(esbuild ${LAMBDA_BUNDLE.format}, ${LAMBDA_BUNDLE.target}, minify, extern: ${LAMBDA_BUNDLE.external.join(", ")})`,
);
console.log(
  `Init = Median von ${RUNS} frischen Node-${process.versions.node}-Prozessen, nur der Import des Bundles`,
);
console.log(
  `Ziele: JSON-Routen ≤ ${kib(GOALS.json)}, Arbeitsmappen-Routen ≤ ${kib(GOALS.workbook)}, Init ≤ ${INIT_GOAL_MS} ms\n`,
);
console.log(
  `${"Route".padEnd(18)} ${"Art".padEnd(8)} ${"Größe".padStart(9)} ${"Ziel".padStart(10)}   ${"Init".padStart(8)} ${"Ziel".padStart(10)} ${"CPU".padStart(8)}   größte Teile`,
);
for (const b of bundles) {
  const kind = kindOf(b);
  const init = medianImportTime([pathToFileURL(b.file).href]);
  console.log(
    `${b.route.id.padEnd(18)} ${kind.padEnd(8)} ${kib(b.bytes).padStart(9)} ${mark(b.bytes <= GOALS[kind]).padStart(10)}   ${ms(init.wallMs).padStart(8)} ${mark(init.wallMs <= INIT_GOAL_MS).padStart(10)} ${ms(init.cpuMs).padStart(8)}   ${largestParts(b)}`,
  );
}
// The SDK is not in the bundles (the runtime has it), but loading it is part of every init above.
const sdk = medianImportTime(["@aws-sdk/client-dynamodb", "@aws-sdk/lib-dynamodb"]);
console.log(
  `\ndavon @aws-sdk/client-dynamodb + lib-dynamodb (extern, aus node_modules): ${ms(sdk.wallMs)}, CPU ${ms(sdk.cpuMs)}`,
);
console.log(
  `Last während der Messung (loadavg 1 min): ${os.loadavg()[0]!.toFixed(1)} bei ${os.cpus().length} Kernen`,
);
