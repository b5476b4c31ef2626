import { build, type Metafile } from "esbuild";
import { statSync } from "node:fs";
import { join } from "node:path";
import { handlerEntry } from "../../functions/handler-entry";
import { ROUTES, type RouteDefinition } from "../../shared/api/routes";
import { esbuildOptions, LAMBDA_BUNDLE } from "./lambda-bundle-options";

export interface BuiltBundle {
  route: RouteDefinition;
  /** Absolute path of the bundle, `<outDir>/<handler>/index.mjs`. */
  file: string;
  bytes: number;
  /** Bytes each input file (relative to the repository root) contributes to the bundle. */
  inputs: Record<string, number>;
}

/** Builds one route's handler exactly as the CDK stack bundles it. */
export const buildLambdaBundle = async (route: RouteDefinition, outDir: string): Promise<BuiltBundle> => {
  const dir = join(outDir, route.handler);
  const result = await build({ ...esbuildOptions(handlerEntry(route), dir), metafile: true });
  const file = join(dir, LAMBDA_BUNDLE.outFile);
  // The bundle, not its source map (also an output).
  const output = Object.entries((result.metafile as Metafile).outputs).find(([path]) =>
    path.endsWith(LAMBDA_BUNDLE.outFile),
  )![1];
  const inputs = Object.fromEntries(
    Object.entries(output.inputs).map(([path, i]) => [path, i.bytesInOutput]),
  );
  return { route, file, bytes: statSync(file).size, inputs };
};

/** Every route of ROUTES, built side by side (esbuild runs them on its own threads). */
export const buildLambdaBundles = (outDir: string, routes: readonly RouteDefinition[] = ROUTES) =>
  Promise.all(routes.map((route) => buildLambdaBundle(route, outDir)));
