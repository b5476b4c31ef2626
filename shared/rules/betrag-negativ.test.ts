import { describe, expect, it } from "vitest";
import { jbBetragNegativ, vnBetragNegativ } from "./betrag-negativ";
import { brief, briefValidate, jbWith, restate, runJbRule, runVnRule, vnWith } from "./fixtures/filings";

describe("VN-BETRAG-NEGATIV", () => {
  it("rejects negative Sachkosten where they are typed, not again where the Schlussrechnung repeats them", () => {
    const filing = vnWith((vn) => {
      vn.sachkosten = -100;
      restate(vn);
    });

    const findings = brief(runVnRule(vnBetragNegativ, filing));

    expect(findings).toEqual([{ ruleId: "VN-BETRAG-NEGATIV", severity: "fehler", path: ["sachkosten"] }]);
  });

  it("finds a negative amount in a table row", () => {
    const filing = vnWith((vn) => {
      vn.budget.zeilen[2]!.betrag = -1;
    });

    const findings = brief(runVnRule(vnBetragNegativ, filing));

    expect(findings).toEqual([
      { ruleId: "VN-BETRAG-NEGATIV", severity: "fehler", path: ["budget", "zeilen", 2, "betrag"] },
    ]);
  });

  it("is raised by validate() next to the arithmetic findings", () => {
    const filing = vnWith((vn) => {
      vn.personal.zeilen[1]!.personalkosten = -3_210_000;
    });

    const findings = briefValidate(filing);

    expect(findings).toContainEqual({
      ruleId: "VN-BETRAG-NEGATIV",
      severity: "fehler",
      path: ["personal", "zeilen", 1, "personalkosten"],
    });
  });

  it("allows a negative Differenz, the one signed figure of the form", () => {
    const filing = vnWith((vn) => {
      vn.kopf.zuschuss = (vn.kopf.zuschuss ?? 0) - 50_000;
      restate(vn);
    });

    const findings = runVnRule(vnBetragNegativ, filing);

    expect(filing.data.schlussrechnung.differenz).toBe(-50_000);
    expect(findings).toEqual([]);
  });
});

describe("JB-BETRAG-NEGATIV", () => {
  it("rejects negative Eigenmittel in 3.1", () => {
    const filing = jbWith((jb) => {
      // Eigenmittel are part of the costs, not added to the Gesamtsumme (3.1): it stays as it is.
      jb.ressourcen.eigenmittel = -50_000;
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([
      { ruleId: "JB-BETRAG-NEGATIV", severity: "fehler", path: ["ressourcen", "eigenmittel"] },
    ]);
  });

  it("accepts amounts of 0 and empty amounts", () => {
    const filing = jbWith((jb) => {
      jb.ressourcen = {
        personalkosten: 0,
        verwaltung: null,
        sachkosten: 0,
        stadtteilmanagement: null,
        eigenmittel: 0,
        gesamtsumme: 0,
      };
    });

    expect(runJbRule(jbBetragNegativ, filing)).toEqual([]);
  });
});
