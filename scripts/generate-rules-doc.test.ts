import { readFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";
import { describeText } from "../shared/programme/render-text";
import { describe, expect, it } from "vitest";
import { JAHRESBERICHT_RULES, VERWENDUNGSNACHWEIS_RULES } from "../shared/rules/all-rules";
import { INPUT_RULES } from "../shared/rules/input-rules";
import { renderRulesDoc, RULES_DOC_PATH } from "./generate-rules-doc";

const ALL_IDS = [
  ...VERWENDUNGSNACHWEIS_RULES.map((r) => r.id),
  ...JAHRESBERICHT_RULES.map((r) => r.id),
  ...Object.keys(INPUT_RULES),
];

describe("renderRulesDoc", () => {
  it("matches the committed docs/rules.md (run `npx tsx scripts/generate-rules-doc.ts` after changing a rule)", () => {
    expect(readFileSync(RULES_DOC_PATH, "utf8")).toBe(renderRulesDoc());
  });

  it("writes Markdown that Prettier leaves as it is", async () => {
    const config = await resolveConfig(RULES_DOC_PATH);
    const doc = renderRulesDoc();

    expect(await format(doc, { ...config, filepath: RULES_DOC_PATH })).toBe(doc);
  });

  it("names the programme parameter, not one year's value, where a rule title has a cap", () => {
    const doc = renderRulesDoc();
    expect(doc).toContain("höchstens ‹Verwaltungssatz› der Personalkosten");
    const rulesPart = doc.split("## Regeln der Formulare")[1] ?? "";
    expect(rulesPart).not.toMatch(/13 ?%|7\.000|6\.000|höchstens 12 Zeilen/);
  });

  it("lists every rule and input check with its German severity", () => {
    const doc = renderRulesDoc();

    for (const rule of [...VERWENDUNGSNACHWEIS_RULES, ...JAHRESBERICHT_RULES]) {
      expect(doc).toMatch(new RegExp(`\\| \`${rule.id}\` +\\| [A-Za-z]+ +\\| (Fehler|Warnung|Hinweis) +\\|`));
      expect(doc).toContain(describeText(rule.title));
    }
    for (const [id, rule] of Object.entries(INPUT_RULES)) {
      expect(doc).toContain(`\`${id}\``);
      expect(doc).toContain(rule.title);
    }
  });
});

describe("rule ids", () => {
  it("are unique across the forms and the input checks", () => {
    const duplicates = ALL_IDS.filter((id, i) => ALL_IDS.indexOf(id) !== i);

    expect(duplicates).toEqual([]);
  });

  it("all look like VN-…, JB-… or EINGABE-… in capitals", () => {
    const malformed = ALL_IDS.filter((id) => !/^(VN|JB|EINGABE)-[A-Z0-9-]+$/.test(id));

    expect(malformed).toEqual([]);
  });
});
