import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROUTES } from "../../shared/api/routes";

// Paths of the API are built from shared/api/routes.ts (the client's `call`, `pathOf`); a path typed
// by hand drifts when a route changes. This scans every folder of code (clients, tests, the dev
// server, benchmarks, handlers, CDK, scripts) for one.

const ROOT = join(import.meta.dirname, "../..");
const FOLDERS = ["addin", "cli", "tests", "shared", "dev", "functions", "bench", "infra", "scripts"];
const EXEMPT = [
  "shared/api/",
  "tests/api/no-hand-written-paths.test.ts",
  // The matcher and the OpenAPI document are tested on the raw paths they read and write.
  "dev/match-route.test.ts",
  "functions/openapi/build-openapi.test.ts",
];

/** Each route's first segment ("/filings", "/openapi.json") right after a quote or a `${…}`. */
const segments = [...new Set(ROUTES.map((r) => r.path.split("/")[1]!))];
const pattern = new RegExp(`[\`"'}]/(${segments.map((s) => s.replace(".", "\\.")).join("|")})(?![\\w-])`);

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(entry.name) && !entry.name.endsWith(".generated.ts") ? [path] : [];
  });

describe("API paths", () => {
  it("are typed by hand nowhere outside shared/api", () => {
    const files = FOLDERS.flatMap((f) => sourceFiles(join(ROOT, f))).map((f) => relative(ROOT, f));
    expect(files.length).toBeGreaterThan(100);
    const hits = files
      .filter((f) => !EXEMPT.some((e) => f.startsWith(e)))
      .flatMap((f) =>
        readFileSync(join(ROOT, f), "utf8")
          .split("\n")
          .flatMap((line, i) => (pattern.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(hits).toEqual([]);
  });

  it("would catch one", () => {
    for (const line of ['fetch("/filings/x")', "`${base}/programmes/a/params/1`", "'/openapi.json'"])
      expect(line).toMatch(pattern);
    expect('"/filingsX"').not.toMatch(pattern);
  });
});
