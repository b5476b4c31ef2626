import { describe, expect, it } from "vitest";
import { filingAmounts } from "../../shared/consolidate/filing-amounts";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { computeGesamtsumme } from "../../shared/rules/compute-gesamtsumme";
import { computeVerwendungsnachweis } from "../../shared/rules/compute-verwendungsnachweis";
import { validate } from "../../shared/rules/validate";

// One reading of 3.1 (docs/workbook.md): the resources used are the four costs; Eigenmittel/Spenden/
// Weitere Zuwendungen paid part of them. Before, one year had three totals (106.668,55 € in the
// Jahresbericht, 106.168,55 € in the VN and the consolidated workbook).
describe("3.1 read as the resources used: one total for the year", () => {
  it("gives Jahresbericht 3.1, the VN's Kostensumme and the consolidated workbook the same 106.168,55 €", () => {
    const vn = sampleVerwendungsnachweis();
    const jb = sampleJahresbericht();
    const params = defaultProgramParams(vn.meta);

    const totals = {
      jahresbericht: computeGesamtsumme(jb.data.ressourcen),
      stated: jb.data.ressourcen.gesamtsumme,
      verwendungsnachweis: computeVerwendungsnachweis(vn.data, params).kostensumme,
      consolidatedVn: filingAmounts(vn).kostensumme,
      consolidatedJb: filingAmounts(jb).kostensumme,
    };

    expect(new Set(Object.values(totals))).toEqual(new Set([10_616_855]));
  });

  it("passes JB-GESAMTSUMME and JB-RESSOURCEN-ABGLEICH for the year's sample pair", () => {
    const vn = sampleVerwendungsnachweis();
    const jb = sampleJahresbericht();
    const findings = validate(jb, defaultProgramParams(jb.meta), { verwendungsnachweis: vn.data });

    expect(
      findings.filter((f) => f.ruleId.startsWith("JB-GESAMTSUMME") || f.ruleId === "JB-RESSOURCEN-ABGLEICH"),
    ).toEqual([]);
  });
});
