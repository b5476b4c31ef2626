import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { JAHRESBERICHT_RULES, VERWENDUNGSNACHWEIS_RULES } from "./all-rules";

const RULES_DIR = import.meta.dirname;
const TEST_CALLS = new Set(["it", "test"]);

/** Name of the function a call calls: `describe(…)` → describe, `it.each(…)(…)` → it. */
const calleeOf = (call: ts.CallExpression): string | undefined => {
  let e: ts.Expression = call.expression;
  while (ts.isCallExpression(e) || ts.isPropertyAccessExpression(e))
    e = ts.isCallExpression(e) ? e.expression : e.expression;
  return ts.isIdentifier(e) ? e.text : undefined;
};

const holdsTest = (node: ts.Node): boolean =>
  (ts.isCallExpression(node) && TEST_CALLS.has(calleeOf(node) ?? "")) || !!ts.forEachChild(node, holdsTest);

/**
 * The titles of a file's describe blocks that hold at least one test – read from the parsed syntax
 * tree, so a title in a comment or a string, or an empty block, does not count.
 */
const describedIn = (file: string, text: string): string[] => {
  const titles: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && calleeOf(node) === "describe") {
      const [title, body] = node.arguments;
      if (title && ts.isStringLiteralLike(title) && body && holdsTest(body)) titles.push(title.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest));
  return titles;
};

const describedRuleTests = (): Set<string> =>
  new Set(
    readdirSync(RULES_DIR, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".test.ts"))
      .flatMap((f) => describedIn(f, readFileSync(join(RULES_DIR, f), "utf8"))),
  );

describe("rule registry", () => {
  it("registers each Verwendungsnachweis rule for its kind and each Jahresbericht rule for its kind", () => {
    expect(
      VERWENDUNGSNACHWEIS_RULES.every((r) => r.kind === "verwendungsnachweis" && r.id.startsWith("VN-")),
    ).toBe(true);
    expect(JAHRESBERICHT_RULES.every((r) => r.kind === "jahresbericht" && r.id.startsWith("JB-"))).toBe(true);
  });

  it("has unique ids", () => {
    const ids = [...VERWENDUNGSNACHWEIS_RULES, ...JAHRESBERICHT_RULES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has a describe block with at least one test named after every registered rule", () => {
    const described = describedRuleTests();
    const untested = [...VERWENDUNGSNACHWEIS_RULES, ...JAHRESBERICHT_RULES]
      .map((r) => r.id)
      .filter((id) => !described.has(id));
    expect(untested).toEqual([]);
  });

  it("does not count a rule named only in a comment, a string or an empty describe block", () => {
    const probe = `// describe("VN-KOMMENTAR", () => { it("x", () => {}) });
      const s = 'describe("VN-STRING", () => { it("x", () => {}) })';
      describe("VN-LEER", () => {});
      describe("VN-ECHT", () => { it.each([1])("case %i", () => {}); });`;
    expect(describedIn("probe.test.ts", probe)).toEqual(["VN-ECHT"]);
  });
});
