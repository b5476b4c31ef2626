import { describe, expect, it } from "vitest";
import { FILING_KINDS } from "../../domain/filing-kinds";
import { sampleVerwendungsnachweis } from "../../samples/sample-filings";
import { LAYOUTS } from "../../layout/layouts";
import { defaultProgramParams } from "../../programme";
import { columnLetter, parseAddress } from "../cell-address";
import { workbookPlan } from "./workbook-plan";

// Amount cells take at most two decimals in the workbook itself: the sheet's SUM and the rules
// then add the same cents. Every amount input (named cell or table column) has a rule saying so.

const params = defaultProgramParams({ programmeId: "stadtteilmanagement", year: 2025 });

const amountInputs = (kind: (typeof FILING_KINDS)[number]) => {
  const layout = LAYOUTS[kind];
  const fields = layout.fields
    .filter(
      (f) =>
        f.type === "amount" &&
        f.formula === undefined &&
        f.cached === undefined &&
        f.pruefung === undefined &&
        f.path !== null,
    )
    .map((f) => ({ sheet: f.sheet, first: f.address }));
  const columns = layout.tables.flatMap((t) =>
    t.columns.flatMap((c, i) => {
      if (c.type !== "amount") return [];
      const start = parseAddress(t.start);
      return [{ sheet: t.sheet, first: `${columnLetter(start.col + i)}${start.row + 1}` }];
    }),
  );
  return [...fields, ...columns];
};

describe("native validation of amount cells", () => {
  it.each(FILING_KINDS)("%s: every amount input allows at most two decimals, from 0 up", (kind) => {
    const meta = sampleVerwendungsnachweis().meta;
    const plan = workbookPlan({ filing: { kind, meta }, params });
    const inputs = amountInputs(kind);
    expect(inputs.length).toBeGreaterThan(0);
    for (const { sheet, first } of inputs) {
      const validations = plan.sheets.find((s) => s.name === sheet)!.validations;
      const own = validations.find((v) => v.range.split(":")[0] === first);
      expect(own, `${sheet}!${first}`).toBeDefined();
      expect(own!.rule.type).toBe("custom");
      const formula = String(own!.rule.formulae[0]);
      expect(formula).toContain(`ROUND(${first},2)=${first}`);
      expect(formula).toContain(`${first}>=0`);
      expect(own!.rule.error).toMatch(/zwei Nachkommastellen/);
    }
  });
});
