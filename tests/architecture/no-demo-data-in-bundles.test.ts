import { build, type Metafile } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handlerEntry } from "../../functions/handler-entry";
import { ROUTES } from "../../shared/api/routes";
import { esbuildOptions } from "../../infra/bundle/lambda-bundle-options";
import { buildAddin } from "../../scripts/build-addin";

/**
 * Demo and sample data (the sample filings, the sample Prüfvermerk, the local server's seed and
 * users) are for tests, the CLI's `template --sample` and `npm start`; what is deployed must not
 * carry them. Checked on the modules that put bytes into each output, as esbuild's metafile says.
 */
const DEMO_MODULE = /(^|\/)(sample-[^/]*|demo-[^/]*|seed-demo)\.tsx?$|^dev\//;

/** Input modules that contribute bytes to any output of a build. */
const modulesOf = (metafile: Metafile): Set<string> =>
  new Set(
    Object.values(metafile.outputs).flatMap((o) =>
      Object.entries(o.inputs)
        .filter(([, i]) => i.bytesInOutput > 0)
        .map(([path]) => path),
    ),
  );

let dir: string;
let lambdas: Map<string, Set<string>>;
let taskPane: Set<string>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "demo-data-"));
  // The CDK bundling options, all handlers in one esbuild run (no splitting: each output is one
  // Lambda's whole bundle); write: false, only the metafile is read.
  const entries = ROUTES.map((route) => handlerEntry(route));
  const { outfile: _one, ...options } = esbuildOptions(entries[0]!, dir);
  const result = await build({
    ...options,
    entryPoints: entries,
    outdir: dir,
    outbase: ".",
    sourcemap: false,
    metafile: true,
    write: false,
  });
  const byEntry = new Map(Object.values(result.metafile.outputs).map((o) => [o.entryPoint, o]));
  lambdas = new Map(
    ROUTES.map((route) => {
      const output = byEntry.get(handlerEntry(route))!;
      return [route.id, modulesOf({ inputs: {}, outputs: { [route.id]: output } })];
    }),
  );
  taskPane = modulesOf((await buildAddin({ outdir: join(dir, "addin") })).metafile);
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("demo data in what is deployed", () => {
  it("finds the rules and the store in the Lambda bundles (the check sees real modules)", () => {
    expect(lambdas.size).toBe(ROUTES.length);
    const submit = [...lambdas.values()].find((m) => [...m].some((p) => p.startsWith("shared/rules/")));
    expect(submit).toBeDefined();
    expect([...lambdas.values()].every((m) => [...m].some((p) => p.startsWith("functions/http/")))).toBe(
      true,
    );
  });

  it("bundles no sample or demo module into any Lambda", () => {
    const found = [...lambdas].flatMap(([id, modules]) =>
      [...modules].filter((m) => DEMO_MODULE.test(m)).map((m) => `${id}: ${m}`),
    );
    expect(found).toEqual([]);
  });

  it("bundles no sample or demo module into the production task pane", () => {
    expect([...taskPane].some((m) => m.startsWith("addin/app/"))).toBe(true);
    expect([...taskPane].filter((m) => DEMO_MODULE.test(m))).toEqual([]);
  });
});
