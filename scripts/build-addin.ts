// Builds the task pane into dist/addin (production: minified) or another folder (dev: source maps):
//   npx tsx scripts/build-addin.ts [--dev] [--out <folder>]
// esbuild, already in the tree: one bundle for both hosts (taskpane.html in Excel, index.html in a
// browser), with exceljs split into a chunk the browser host loads only when it reads or writes a file.
// Production: content-hashed file names (the HTML pages are rewritten to them), so a cached old
// app.js can never run against a new page; and no dev login (`__DEV_SIGN_IN__` false, dead code gone).
import { build, context, type BuildOptions, type Metafile } from "esbuild";
import { cpSync, mkdirSync, readFileSync as readText, rmSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { fluentDirectImports } from "./support/fluent-direct-imports";

export const ADDIN_DIR = fileURLToPath(new URL("../addin/", import.meta.url));
export const DIST_DIR = fileURLToPath(new URL("../dist/addin", import.meta.url));
const PAGES = [
  "taskpane.html",
  "index.html",
  "auth-callback.html",
  "sign-in-start.html",
  "commands.html",
  "hilfe.html",
];
const STATIC = [...PAGES, "assets"];
const ENTRIES = {
  app: "app/main.tsx",
  "auth-callback": "app/auth-callback.ts",
  "sign-in-start": "app/sign-in-start.ts",
};

/** `hashed`: production file names `app-<hash>.js`; `devSignIn`: keep the dev login (npm start, dev tests). */
const options = (outdir: string, dev: boolean, devSignIn: boolean, hashed: boolean): BuildOptions => ({
  entryPoints: Object.fromEntries(
    Object.entries(ENTRIES).map(([name, file]) => [name, `${ADDIN_DIR}${file}`]),
  ),
  ...(hashed && { entryNames: "[name]-[hash]", assetNames: "assets/[name]-[hash]" }),
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
  define: {
    "process.env.NODE_ENV": JSON.stringify(dev ? "development" : "production"),
    __DEV_SIGN_IN__: JSON.stringify(devSignIn),
  },
  chunkNames: "chunks/[name]-[hash]",
  metafile: true,
  plugins: [fluentDirectImports()],
  legalComments: dev ? "inline" : "linked",
  logLevel: "warning",
});

const copyStatic = (outdir: string) => {
  for (const file of STATIC) cpSync(`${ADDIN_DIR}${file}`, `${outdir}/${file}`, { recursive: true });
};

/** The HTML pages name `app.js`; after a hashed build they must name `app-<hash>.js`. */
const pointPagesAtHashedEntries = (outdir: string, metafile: Metafile) => {
  const renamed = new Map<string, string>();
  for (const [file, output] of Object.entries(metafile.outputs)) {
    const entry = Object.entries(ENTRIES).find(([, src]) => output.entryPoint?.endsWith(src))?.[0];
    if (entry && file.endsWith(".js")) renamed.set(`${entry}.js`, relative(outdir, file));
  }
  // The start chunks app.js imports, announced in the page: the browser fetches and compiles them
  // beside app.js instead of discovering them only once app.js has been parsed.
  const preloads = [...startChunks(metafile)]
    .filter((file) => !/(^|\/)app-[A-Z0-9]{8}\.js$/.test(file))
    .map((file) => `<link rel="modulepreload" href="${relative(outdir, file)}" />`)
    .join("");
  for (const page of PAGES) {
    const path = `${outdir}/${page}`;
    const html = readText(path, "utf8").replace(
      /<script type="module" src="([\w-]+\.js)"><\/script>/g,
      (m, name: string) =>
        renamed.has(name)
          ? `<script type="module" src="${renamed.get(name)!}"></script>${name === "app.js" ? preloads : ""}`
          : m,
    );
    writeFileSync(path, html);
  }
};

/** The output files the task pane loads before it shows anything: app.js and its static imports. */
export const startChunks = (metafile: Metafile): Set<string> => {
  const outputs = metafile.outputs;
  const initial = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const imp of outputs[file]?.imports ?? []) if (imp.kind === "import-statement") visit(imp.path);
  };
  visit(Object.keys(outputs).find((f) => /(^|\/)app(-[A-Z0-9]{8})?\.js$/.test(f))!);
  return initial;
};

/** Source modules (repo paths, node_modules included) with code in the start chunks. */
export const startModules = (metafile: Metafile): string[] =>
  [...startChunks(metafile)].flatMap((file) =>
    Object.entries(metafile.outputs[file]!.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
  );

/** Bytes of the JS the task pane loads before it shows anything, and of the lazily loaded rest. */
export const bundleSizes = (metafile: Metafile, outdir: string) => {
  const outputs = metafile.outputs;
  const initial = startChunks(metafile);
  const gz = (file: string) =>
    gzipSync(readFileSync(file.startsWith("/") ? file : `${process.cwd()}/${file}`)).length;
  const js = Object.keys(outputs).filter(
    (f) => f.endsWith(".js") && !f.includes("auth-callback") && !f.includes("sign-in-start"),
  );
  const sum = (files: string[]) => files.reduce((n, f) => n + gz(f), 0);
  void outdir;
  return { initialGzip: sum([...initial]), lazyGzip: sum(js.filter((f) => !initial.has(f))) };
};

/**
 * `devSignIn` defaults to `dev`: the published build (`npm run build`) has no dev login; the E2E
 * tests of the dev flow ask for a minified build with it.
 */
export const buildAddin = async ({
  outdir = DIST_DIR,
  dev = false,
  devSignIn = dev,
}: { outdir?: string; dev?: boolean; devSignIn?: boolean } = {}) => {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await build(options(outdir, dev, devSignIn, !dev));
  copyStatic(outdir);
  if (!dev) pointPagesAtHashedEntries(outdir, result.metafile!);
  return { outdir, metafile: result.metafile! };
};

/** Rebuilds on every change under addin/ or shared/ (npm start); static files are copied once. */
export const watchAddin = async (outdir: string) => {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  copyStatic(outdir);
  const ctx = await context(options(outdir, true, true, false));
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
