import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Names that stand for a convention, not for what the file exports, and so repeat on purpose:
 * - `handler.ts`: the Lambda entry of a route (`functions/<route>/handler.ts`, CDK's `entry`);
 * - `index.ts`: a folder's public entry (STYLE.md: "give each layer one entry file").
 */
const CONVENTIONS = new Set(["handler.ts", "index.ts"]);

/** Tracked (and new, not ignored) source files, from the repository root. */
const sourceFiles = (): string[] =>
  execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
    cwd: ROOT,
    encoding: "utf8",
  })
    .split("\n")
    .filter((f) => /\.(ts|tsx|mjs|js|cjs)$/.test(f));

/** Basename → files that carry it but differ in content (a file named for its export is unique). */
export const clashingNames = (files: readonly string[], read: (file: string) => string) => {
  const byName = new Map<string, string[]>();
  for (const file of files) byName.set(basename(file), [...(byName.get(basename(file)) ?? []), file]);
  return [...byName]
    .filter(([name, same]) => !CONVENTIONS.has(name) && new Set(same.map(read)).size > 1)
    .map(([name, same]) => `${name}: ${same.join(", ")}`);
};

describe("file names", () => {
  it("gives no two source files the same name with different content", () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(500);
    expect(clashingNames(files, (f) => readFileSync(join(ROOT, f), "utf8"))).toEqual([]);
  });

  it("reports a clash, and lets the conventions and identical copies pass (the check itself works)", () => {
    const content: Record<string, string> = {
      "a/forms.ts": "export const FORMS = 1;",
      "b/forms.ts": "export const FILING_KINDS = 2;",
      "a/handler.ts": "export const handler = 1;",
      "b/handler.ts": "export const handler = 2;",
      "a/same.ts": "x",
      "b/same.ts": "x",
    };
    expect(clashingNames(Object.keys(content), (f) => content[f]!)).toEqual([
      "forms.ts: a/forms.ts, b/forms.ts",
    ]);
  });
});
