import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions } from "esbuild";

/** The repository's root, where bundles resolve their entries. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Node's built-in modules by both names: none of them may reach a browser bundle. */
export const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** esbuild as a browser gets it: one minified ESM bundle, in memory, with its metafile. */
export const bundleForBrowser = (input: Pick<BuildOptions, "stdin" | "entryPoints">) =>
  build({
    ...input,
    bundle: true,
    platform: "browser",
    format: "esm",
    minify: true,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
