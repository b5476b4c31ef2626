import { describe, expect, it } from "vitest";
import { shareOfCents } from "../../money/cents";
import { balance, brief, briefValidate, PARAMS, setBudget, vnWith } from "../fixtures/filings";
import { validate } from "../validate";

const onePersonAt = (personalkosten: number, verwaltung: number) =>
  vnWith((vn) => {
    vn.personal.zeilen = [
      {
        name: "Petersen",
        vorname: "Jana",
        qualifikation: "Sozialarbeiterin (B.A.)",
        verguetungsgruppe: "TVöD SuE S 12",
        stellenanteil: 0.01,
        personalkosten,
      },
    ];
    vn.verwaltung = verwaltung;
    balance(vn);
  });

describe("VN-VERWALTUNG-CAP", () => {
  it("rounds a cap that ends in half a cent up: 13 % of 1,50 € is 19,5 ct, so the cap is 20 ct", () => {
    expect(shareOfCents(150, PARAMS.verwaltungCapBasisPoints)).toBe(20);
  });

  it("accepts Verwaltungskosten exactly at the half-up rounded cap", () => {
    const filing = onePersonAt(150, 20);

    const findings = briefValidate(filing);

    expect(findings).toEqual([]);
  });

  it("rejects Verwaltungskosten one cent over the cap", () => {
    const filing = onePersonAt(150, 21);

    const findings = briefValidate(filing);

    expect(findings).toEqual([{ ruleId: "VN-VERWALTUNG-CAP", severity: "fehler", path: ["verwaltung"] }]);
  });

  it("accepts the sample, whose Verwaltung is exactly 13 % rounded down (10.833,4928 → 10.833,49 €)", () => {
    const filing = vnWith(balance);

    expect(briefValidate(filing)).toEqual([]);
  });

  it("rejects the sample's Verwaltung plus one cent", () => {
    const filing = vnWith((vn) => {
      vn.verwaltung = (vn.verwaltung ?? 0) + 1;
      balance(vn);
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([{ ruleId: "VN-VERWALTUNG-CAP", severity: "fehler", path: ["verwaltung"] }]);
  });

  it("measures the cap against the Personalkosten rows, not a stated Summe", () => {
    const filing = onePersonAt(150, 20);
    filing.data.personal.summe = 100; // 13 % of a stated 1,00 € would cap Verwaltung at 13 ct

    const findings = briefValidate(filing);

    expect(findings.map((f) => f.ruleId)).toEqual(["VN-PERSONAL-SUMME"]);
  });
});

describe("VN-SACHKOSTEN-CAP", () => {
  it("accepts Sachkosten of exactly 7.000,00 €", () => {
    const filing = vnWith((vn) => {
      vn.sachkosten = 700_000;
      balance(vn);
    });

    expect(briefValidate(filing)).toEqual([]);
  });

  it("rejects Sachkosten of 7.000,01 €", () => {
    const filing = vnWith((vn) => {
      vn.sachkosten = 700_001;
      balance(vn);
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([{ ruleId: "VN-SACHKOSTEN-CAP", severity: "fehler", path: ["sachkosten"] }]);
  });
});

describe("VN-BUDGET-CAP", () => {
  it("accepts a Stadtteilmanagementbudget of exactly 6.000,00 €", () => {
    const filing = vnWith((vn) => {
      setBudget(vn, 600_000);
      balance(vn);
    });

    expect(briefValidate(filing)).toEqual([]);
  });

  it("rejects a Stadtteilmanagementbudget of 6.000,01 €", () => {
    const filing = vnWith((vn) => {
      setBudget(vn, 600_001);
      balance(vn);
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([{ ruleId: "VN-BUDGET-CAP", severity: "fehler", path: ["budget", "betrag"] }]);
  });

  it("uses the cap of the program parameters, not a fixed 6.000,00 €", () => {
    const filing = vnWith((vn) => {
      setBudget(vn, 600_000);
      balance(vn);
    });
    const lowered = { ...PARAMS, budgetCap: 599_999 };

    const findings = brief(validate(filing, lowered));

    expect(findings).toEqual([{ ruleId: "VN-BUDGET-CAP", severity: "fehler", path: ["budget", "betrag"] }]);
  });
});
