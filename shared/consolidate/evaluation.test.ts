import { describe, expect, it } from "vitest";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../samples/sample-filings";
import { splitOverSteps } from "./evaluation";
import { filingAmounts } from "./filing-amounts";

describe("splitOverSteps", () => {
  it("splits a filing's costs over its effects so the shares add up to the cent", () => {
    const shares = splitOverSteps(10_000_001, [0, 1, 0, 1, 1, 0, 0, 0]);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(10_000_001);
    expect(shares).toEqual([0, 3_333_334, 0, 3_333_334, 3_333_333, 0, 0, 0]);
  });

  it("gives nothing to any step when a Jahresbericht names no effect", () => {
    expect(splitOverSteps(5_000, [0, 0, 0, 0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe("filingAmounts", () => {
  it("takes a Verwendungsnachweis's figures as computed, Differenz included", () => {
    const a = filingAmounts(sampleVerwendungsnachweis());
    expect(a.kostensumme).toBe(a.personal + a.verwaltung + a.sachkosten + a.budget);
    expect(a.differenz).toBe((a.zuschuss ?? 0) + a.weitereEinnahmen - a.kostensumme);
  });

  it("takes a Jahresbericht's 3.1, sums 3.5 and counts 3.4 per step", () => {
    const jb = sampleJahresbericht();
    const a = filingAmounts(jb);
    expect(a.zuschuss).toBeNull();
    expect(a.teilnehmer).toBe(425);
    expect(a.wirkungenJeStufe[4]).toBe(1);
    expect(a.budget).toBe(jb.data.ressourcen.stadtteilmanagement);
  });
});
