import { describe, expect, it } from "vitest";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../samples/sample-filings";
import { defaultProgramParams } from "../programme/params-for-year";
import { crossCheckFindings } from "../rules/cross-check-findings";
import { crossCheckBasis } from "./current-cross-check-source";

const META = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2025 };
const params = defaultProgramParams(META);

describe("crossCheckBasis", () => {
  it("keeps what the comparison with 3.1 reads: same findings as the whole Verwendungsnachweis", () => {
    const jb = sampleJahresbericht(META);
    const variants = [0, 1, 2, 3].map((i) => {
      const vn = sampleVerwendungsnachweis(META).data;
      vn.personal.zeilen = Array.from({ length: 40 * i + 1 }, (_, r) => ({
        ...vn.personal.zeilen[0]!,
        personalkosten: 100_000 + r * 7 + i,
      }));
      vn.verwaltung = 1_000_000 + i;
      vn.sachkosten = i === 2 ? null : 600_000;
      vn.schlussrechnung.weitereEinnahmen = i * 100;
      return vn;
    });
    for (const vn of variants) {
      const whole = crossCheckFindings(jb, vn, params);
      expect(whole.length).toBeGreaterThan(0);
      expect(crossCheckFindings(jb, crossCheckBasis(vn), params)).toEqual(whole);
      expect(crossCheckBasis(vn).personal.zeilen).toHaveLength(1);
      expect(crossCheckBasis(vn).budget.zeilen).toEqual([]);
    }
  });
});
