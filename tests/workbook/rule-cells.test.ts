import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JAHRESBERICHT_RULES, VERWENDUNGSNACHWEIS_RULES, type Finding } from "../../shared/rules";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { validateWorkbook } from "../../shared/xlsx/read-workbook";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { runBin } from "../support/run-bin";
import { JAHRESBERICHT_CASES } from "./fixtures/jahresbericht-rule-breaking-cases";
import { buildWorkbook } from "./fixtures/rule-breaking-case";
import { VERWENDUNGSNACHWEIS_CASES } from "./fixtures/verwendungsnachweis-rule-breaking-cases";

// validate on a workbook breaking each rule reports that rule's ID at the right cell: the cell the
// layout defines for the field (a named cell, or row/column of a table counted from its header).

// Every rule can be broken from workbooks. JB-RESSOURCEN-ABGLEICH needs two (Jahresbericht and the
// Verwendungsnachweis of the same Träger, district and year); its case runs through the real
// `foerderbericht validate --verwendungsnachweis`, which shows the related cell in the other file.

const CASES = [...VERWENDUNGSNACHWEIS_CASES, ...JAHRESBERICHT_CASES];

const cellsOf = (findings: readonly Finding[], ruleId: string) =>
  findings.filter((f) => f.ruleId === ruleId).map((f) => f.location.cell);

describe("validate on a workbook breaking each rule reports that rule's ID at the right cell", () => {
  it("has a case for every rule of both forms", () => {
    // VN-ZUSCHUSS-AUSGEZAHLT needs the recorded payments, which no workbook holds: it speaks only in
    // the filing detail (tests/pruefung/pruefung-flow.test.ts, zuschuss-ausgezahlt.test.ts).
    const STORE_ONLY = ["VN-ZUSCHUSS-AUSGEZAHLT"];
    const ruleIds = [...VERWENDUNGSNACHWEIS_RULES, ...JAHRESBERICHT_RULES]
      .map((r) => r.id)
      .filter((id) => !STORE_ONLY.includes(id));
    const covered = new Set(CASES.map((c) => c.ruleId));
    expect(ruleIds.filter((id) => !covered.has(id))).toEqual([]);
    expect([...covered].filter((id) => !ruleIds.includes(id))).toEqual([]);
  });

  const singleWorkbook = CASES.filter((c) => !c.verwendungsnachweis);
  it.each(singleWorkbook.map((c) => [c.ruleId, c.how, c] as const))("%s: %s", async (ruleId, _, c) => {
    const { filing, findings } = await validateWorkbook(await buildWorkbook(c));
    expect(filing).not.toBeNull();
    expect(cellsOf(findings, c.reportedAs ?? ruleId)).toContain(c.cell);
  });

  it("the unbroken samples have no finding at all", async () => {
    for (const filing of [sampleVerwendungsnachweis(), sampleJahresbericht()]) {
      const { findings } = await validateWorkbook(await writeWorkbook(filing));
      expect(findings).toEqual([]);
    }
  });
});

describe("foerderbericht validate --json reports the same rule at the same cell", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "foerderbericht-regeln-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(CASES.filter((c) => c.viaCli).map((c) => [c.ruleId, c.how, c] as const))(
    "%s: %s",
    async (ruleId, _, c) => {
      const file = `${ruleId.toLowerCase()}.xlsx`;
      await writeFile(join(dir, file), await buildWorkbook(c));
      const args = ["validate", file, "--json"];
      if (c.verwendungsnachweis) {
        await writeFile(join(dir, "vn.xlsx"), await writeWorkbook(c.verwendungsnachweis));
        args.push("--verwendungsnachweis", "vn.xlsx");
      }
      const result = await runBin(args, dir);
      expect(result.stderr).toBe("");
      const { findings } = JSON.parse(result.stdout) as { findings: Finding[] };
      expect(cellsOf(findings, c.reportedAs ?? ruleId)).toContain(c.cell);
      expect(result.code).toBe(findings.some((f) => f.severity === "fehler") ? 1 : 0);
    },
  );
});
