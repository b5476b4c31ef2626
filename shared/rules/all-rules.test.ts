import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { JAHRESBERICHT_RULES, VERWENDUNGSNACHWEIS_RULES } from "./all-rules";

const RULES_DIR = import.meta.dirname;

const testSources = () =>
  readdirSync(RULES_DIR, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".test.ts"))
    .map((file) => readFileSync(join(RULES_DIR, file), "utf8"))
    .join("\n");

describe("rule registry", () => {
  it("registers each Verwendungsnachweis rule for its kind and each Jahresbericht rule for its kind", () => {
    expect(
      VERWENDUNGSNACHWEIS_RULES.every((r) => r.kind === "verwendungsnachweis" && r.id.startsWith("VN-")),
    ).toBe(true);
    expect(JAHRESBERICHT_RULES.every((r) => r.kind === "jahresbericht" && r.id.startsWith("JB-"))).toBe(true);
  });

  it("has a describe block named after every registered rule", () => {
    const sources = testSources();

    const untested = [...VERWENDUNGSNACHWEIS_RULES, ...JAHRESBERICHT_RULES]
      .map((r) => r.id)
      .filter((id) => !sources.includes(`describe("${id}"`));

    expect(untested).toEqual([]);
  });
});
