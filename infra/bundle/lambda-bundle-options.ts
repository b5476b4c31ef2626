import type { BuildOptions } from "esbuild";
import { join } from "node:path";
import { REPO_ROOT } from "../repo-root";

/**
 * How every Lambda of the API is bundled – the one definition that CDK's NodejsFunction
 * (cdk-bundling.ts) and the standalone esbuild build (build-lambda-bundles.ts) both turn into
 * esbuild arguments, so what `npm run bench` measures and the E2E test runs is what gets deployed.
 */
export const LAMBDA_BUNDLE = {
  /** The Lambda runtime is Node 22: no syntax lowering beyond what it runs natively. */
  target: "node22",
  /** ESM lets esbuild drop unused exports of ESM dependencies (zod, jose); CJS ones still work via the banner. */
  format: "esm",
  minify: true,
  /**
   * A linked index.mjs.map without the sources (half the size): with NODE_OPTIONS=--enable-source-maps
   * (set by BundledFunction) a logged stack trace names the TypeScript file and line, not column 48,213.
   */
  sourcemap: true,
  sourcesContent: false,
  /**
   * The AWS SDK is bundled, not taken from the runtime: one minified file with only the commands
   * used initialises in about half the CPU of the runtime's many files (bench/lambda-bundles.ts:
   * 0.51–0.53× on submit and getFiling), and the deployed SDK is the lock file's, not whatever the
   * runtime ships. Costs ~340 KiB per route.
   */
  external: [] as string[],
  /** Prefer a package's ESM build ("module") so tree shaking has something to work with. */
  mainFields: ["module", "main"],
  /** CJS dependencies (exceljs, its jszip) call require(); an ESM bundle has none unless we make one. */
  banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  /** NodejsFunction names an ESM bundle index.mjs; the standalone build uses the same name. */
  outFile: "index.mjs",
} as const;

/** esbuild options for one handler entry (relative to the repository root) into `outDir`. */
export const esbuildOptions = (entry: string, outDir: string): BuildOptions => ({
  absWorkingDir: REPO_ROOT,
  entryPoints: [join(REPO_ROOT, entry)],
  outfile: join(outDir, LAMBDA_BUNDLE.outFile),
  bundle: true,
  platform: "node",
  target: LAMBDA_BUNDLE.target,
  format: LAMBDA_BUNDLE.format,
  minify: LAMBDA_BUNDLE.minify,
  sourcemap: LAMBDA_BUNDLE.sourcemap,
  sourcesContent: LAMBDA_BUNDLE.sourcesContent,
  external: [...LAMBDA_BUNDLE.external],
  mainFields: [...LAMBDA_BUNDLE.mainFields],
  banner: { js: LAMBDA_BUNDLE.banner },
  logLevel: "warning",
});
