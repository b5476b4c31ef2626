import { describe, expect, it } from "vitest";
import { blankPersonalZeile } from "../../filing/verwendungsnachweis";
import { briefValidate, vnWith } from "../fixtures/filings";

const withStellenanteil = (stellenanteil: number) =>
  vnWith((vn) => {
    vn.personal.zeilen[0]!.stellenanteil = stellenanteil;
  });

describe("VN-STELLENANTEIL", () => {
  it("accepts a Stellenanteil of 1 (full time)", () => {
    expect(briefValidate(withStellenanteil(1))).toEqual([]);
  });

  it("accepts a Stellenanteil of 0,01", () => {
    expect(briefValidate(withStellenanteil(0.01))).toEqual([]);
  });

  it("rejects a Stellenanteil of 0", () => {
    const findings = briefValidate(withStellenanteil(0));

    expect(findings).toEqual([
      { ruleId: "VN-STELLENANTEIL", severity: "fehler", path: ["personal", "zeilen", 0, "stellenanteil"] },
    ]);
  });

  it("rejects a Stellenanteil over 1 (e.g. 50 typed instead of 50 %)", () => {
    const findings = briefValidate(withStellenanteil(1.01));

    expect(findings).toEqual([
      { ruleId: "VN-STELLENANTEIL", severity: "fehler", path: ["personal", "zeilen", 0, "stellenanteil"] },
    ]);
  });

  it("rejects a negative Stellenanteil", () => {
    const findings = briefValidate(withStellenanteil(-0.5));

    expect(findings.map((f) => f.ruleId)).toEqual(["VN-STELLENANTEIL"]);
  });
});

describe("VN-PERSONAL-ZEILE", () => {
  it("asks for Name, Stellenanteil and Personalkosten in a row that holds only a Qualifikation", () => {
    const filing = vnWith((vn) => {
      vn.personal.zeilen.push({ ...blankPersonalZeile(), qualifikation: "Erzieherin" });
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([
      { ruleId: "VN-PERSONAL-ZEILE", severity: "fehler", path: ["personal", "zeilen", 2, "name"] },
      { ruleId: "VN-PERSONAL-ZEILE", severity: "fehler", path: ["personal", "zeilen", 2, "stellenanteil"] },
      { ruleId: "VN-PERSONAL-ZEILE", severity: "fehler", path: ["personal", "zeilen", 2, "personalkosten"] },
    ]);
  });

  it("ignores a blank row", () => {
    const filing = vnWith((vn) => {
      vn.personal.zeilen.push(blankPersonalZeile());
    });

    expect(briefValidate(filing)).toEqual([]);
  });
});

describe("VN-PERSONAL-SUMME", () => {
  it("rejects a stated Summe one cent off the rows", () => {
    const filing = vnWith((vn) => {
      vn.personal.summe = (vn.personal.summe ?? 0) + 1;
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([
      { ruleId: "VN-PERSONAL-SUMME", severity: "fehler", path: ["personal", "summe"] },
    ]);
  });

  it("accepts a Summe that is not stated", () => {
    const filing = vnWith((vn) => {
      vn.personal.summe = null;
    });

    expect(briefValidate(filing)).toEqual([]);
  });
});
