// Builds the task pane into dist/addin (production: minified) or another folder (dev: source maps):
//   npx tsx scripts/build-addin.ts [--dev] [--out <folder>]
// esbuild, already in the tree: one bundle for both hosts (taskpane.html in Excel, index.html in a
// browser), with exceljs split into a chunk the browser host loads only when it reads or writes a file.
import { build, context, type BuildOptions, type Metafile } from "esbuild";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";

export const ADDIN_DIR = fileURLToPath(new URL("../addin/", import.meta.url));
export const DIST_DIR = fileURLToPath(new URL("../dist/addin", import.meta.url));
const STATIC = ["taskpane.html", "index.html", "auth-callback.html", "commands.html", "hilfe.html", "assets"];

const options = (outdir: string, dev: boolean): BuildOptions => ({
  entryPoints: { app: `${ADDIN_DIR}app/main.tsx`, "auth-callback": `${ADDIN_DIR}app/auth-callback.ts` },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "browser",
  // Excel's web views (WebView2, Safari on Mac, Office on the web) and current browsers.
  target: ["chrome100", "edge100", "safari15", "firefox100"],
  minify: !dev,
  sourcemap: dev ? "linked" : false,
  jsx: "automatic",
  define: { "process.env.NODE_ENV": JSON.stringify(dev ? "development" : "production") },
  chunkNames: "chunks/[name]-[hash]",
  metafile: true,
  legalComments: dev ? "inline" : "linked",
  logLevel: "warning",
});

const copyStatic = (outdir: string) => {
  for (const file of STATIC) cpSync(`${ADDIN_DIR}${file}`, `${outdir}/${file}`, { recursive: true });
};

/** Bytes of the JS the task pane loads before it shows anything, and of the lazily loaded rest. */
export const bundleSizes = (metafile: Metafile, outdir: string) => {
  const outputs = metafile.outputs;
  const initial = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const imp of outputs[file]?.imports ?? []) if (imp.kind === "import-statement") visit(imp.path);
  };
  const app = Object.keys(outputs).find((f) => f.endsWith("/app.js") || f === "app.js")!;
  visit(app);
  const gz = (file: string) =>
    gzipSync(readFileSync(file.startsWith("/") ? file : `${process.cwd()}/${file}`)).length;
  const js = Object.keys(outputs).filter((f) => f.endsWith(".js") && !f.includes("auth-callback"));
  const sum = (files: string[]) => files.reduce((n, f) => n + gz(f), 0);
  void outdir;
  return { initialGzip: sum([...initial]), lazyGzip: sum(js.filter((f) => !initial.has(f))) };
};

export const buildAddin = async ({ outdir = DIST_DIR, dev = false } = {}) => {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await build(options(outdir, dev));
  copyStatic(outdir);
  return { outdir, metafile: result.metafile! };
};

/** Rebuilds on every change under addin/ or shared/ (npm start); static files are copied once. */
export const watchAddin = async (outdir: string) => {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  copyStatic(outdir);
  const ctx = await context(options(outdir, true));
  await ctx.rebuild();
  await ctx.watch();
  return ctx;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dev = process.argv.includes("--dev");
  const out = process.argv.indexOf("--out");
  const { outdir, metafile } = await buildAddin({ dev, ...(out > 0 && { outdir: process.argv[out + 1]! }) });
  const { initialGzip, lazyGzip } = bundleSizes(metafile, outdir);
  console.log(
    `Aufgabenbereich gebaut: ${outdir} – beim Start ${(initialGzip / 1024).toFixed(0)} KB (gzip), bei Bedarf nachgeladen (exceljs für Dateien im Browser) ${(lazyGzip / 1024).toFixed(0)} KB`,
  );
}
