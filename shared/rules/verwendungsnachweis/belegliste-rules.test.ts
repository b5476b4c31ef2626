import { describe, expect, it } from "vitest";
import { sampleVerwendungsnachweis } from "../../samples/sample-filings";
import type { VerwendungsnachweisFiling } from "../../filing/filing";
import { defaultProgramParams } from "../../programme/params-for-year";
import { validate } from "../validate";

const params = defaultProgramParams(sampleVerwendungsnachweis().meta);
const findingsOf = (change: (f: VerwendungsnachweisFiling) => void, p = params) => {
  const filing = sampleVerwendungsnachweis();
  change(filing);
  return validate(filing, p)
    .filter((f) => f.ruleId.startsWith("VN-BELEG"))
    .map((f) => ({ ruleId: f.ruleId, at: f.location.path, related: f.related?.path }));
};

describe("VN-BELEG-SUMME", () => {
  it("is silent on the sample, whose Belege agree with the form", () => {
    expect(findingsOf(() => {})).toEqual([]);
  });

  it("names the Belegliste's sum and the form's amount when one cent is missing", () => {
    expect(findingsOf((f) => (f.data.belegliste[3]!.betrag! -= 1))).toEqual([
      {
        ruleId: "VN-BELEG-SUMME",
        at: ["belegliste", "summe", "sachkosten"],
        related: ["sachkosten"],
      },
    ]);
  });

  it("speaks only where the programme's year keeps a Belegliste", () => {
    const off = { ...params, belegliste: { ...params.belegliste, aktiv: false } };
    expect(findingsOf((f) => (f.data.belegliste[3]!.betrag! -= 1), off)).toEqual([]);
  });

  it("leaves the Verwaltungspauschale unproven", () => {
    expect(findingsOf((f) => (f.data.verwaltung! -= 1)).map((f) => f.ruleId)).toEqual([]);
  });
});

describe("VN-BELEG-BUDGETZEILE", () => {
  it("names the line's first Beleg and the line's Betrag when a line's Belege miss a cent", () => {
    // B-02 moves a cent to line 1: both lines differ, the budget's total still agrees.
    expect(
      findingsOf((f) => {
        f.data.belegliste[5]!.betrag! -= 1;
        f.data.belegliste[4]!.betrag! += 1;
      }),
    ).toEqual([
      {
        ruleId: "VN-BELEG-BUDGETZEILE",
        at: ["belegliste", 4, "betrag"],
        related: ["budget", "zeilen", 0, "betrag"],
      },
      {
        ruleId: "VN-BELEG-BUDGETZEILE",
        at: ["belegliste", 5, "betrag"],
        related: ["budget", "zeilen", 1, "betrag"],
      },
    ]);
  });
});

describe("VN-BELEG-DATUM", () => {
  it("accepts 31.12. of the Förderjahr and refuses 01.01. of the next, naming the form's Jahr", () => {
    expect(findingsOf((f) => (f.data.belegliste[0]!.datum = "2025-12-31"))).toEqual([]);
    expect(findingsOf((f) => (f.data.belegliste[0]!.datum = "2026-01-01"))).toEqual([
      { ruleId: "VN-BELEG-DATUM", at: ["belegliste", 0, "datum"], related: ["kopf", "jahr"] },
    ]);
  });
});

describe("VN-BELEG-DOPPELT", () => {
  it("names the second Belegnr. and the first", () => {
    expect(findingsOf((f) => (f.data.belegliste[3]!.belegnr = " s-01"))).toEqual([
      {
        ruleId: "VN-BELEG-DOPPELT",
        at: ["belegliste", 3, "belegnr"],
        related: ["belegliste", 2, "belegnr"],
      },
    ]);
  });
});

describe("VN-BELEG-ANGABEN", () => {
  it("names the first empty cell of a row with an entry", () => {
    expect(findingsOf((f) => (f.data.belegliste[2]!.datum = null))).toEqual([
      { ruleId: "VN-BELEG-ANGABEN", at: ["belegliste", 2, "datum"], related: undefined },
    ]);
  });
});
