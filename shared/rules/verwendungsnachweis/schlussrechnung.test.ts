import { describe, expect, it } from "vitest";
import { briefValidate, restate, runVnRule, vnWith } from "../fixtures/filings";
import { vnSchlussUebertrag } from "./schlussrechnung";

/** The sample with a Zuschuss changed by `delta` and every stated figure rewritten to match. */
const withZuschussDelta = (delta: number, begruendung = "") =>
  vnWith((vn) => {
    vn.kopf.zuschuss = (vn.kopf.zuschuss ?? 0) + delta;
    vn.schlussrechnung.begruendung = begruendung;
    restate(vn);
  });

describe("VN-SCHLUSS-UEBERTRAG", () => {
  it("rejects Sachkosten in the Schlussrechnung that differ from section 3, naming section 3 as related", () => {
    const filing = vnWith((vn) => {
      vn.schlussrechnung.sachkosten = (vn.schlussrechnung.sachkosten ?? 0) + 100;
    });

    const findings = runVnRule(vnSchlussUebertrag, filing);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "VN-SCHLUSS-UEBERTRAG",
      severity: "fehler",
      location: { kind: "verwendungsnachweis", path: ["schlussrechnung", "sachkosten"] },
      related: { kind: "verwendungsnachweis", path: ["sachkosten"] },
    });
  });

  it("rejects a Zuschuss in the Schlussrechnung that differs from the header", () => {
    const filing = vnWith((vn) => {
      vn.schlussrechnung.zuschuss = (vn.schlussrechnung.zuschuss ?? 0) - 1;
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([
      { ruleId: "VN-SCHLUSS-UEBERTRAG", severity: "fehler", path: ["schlussrechnung", "zuschuss"] },
    ]);
  });
});

describe("VN-SCHLUSS-KOSTENSUMME", () => {
  it("rejects a Kostensumme one cent off the four costs", () => {
    const filing = vnWith((vn) => {
      vn.schlussrechnung.kostensumme = (vn.schlussrechnung.kostensumme ?? 0) + 1;
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([
      { ruleId: "VN-SCHLUSS-KOSTENSUMME", severity: "fehler", path: ["schlussrechnung", "kostensumme"] },
    ]);
  });
});

describe("VN-SCHLUSS-DIFFERENZ", () => {
  it("rejects a stated Differenz that is not (Zuschuss + weitere Einnahmen) − Kostensumme", () => {
    const filing = vnWith((vn) => {
      vn.schlussrechnung.differenz = -5;
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([
      { ruleId: "VN-SCHLUSS-DIFFERENZ", severity: "fehler", path: ["schlussrechnung", "differenz"] },
    ]);
  });
});

describe("VN-DIFFERENZ-BEGRUENDUNG", () => {
  it("rejects a negative Differenz without Begründung", () => {
    const findings = briefValidate(withZuschussDelta(-10_000));

    expect(findings).toEqual([
      { ruleId: "VN-DIFFERENZ-BEGRUENDUNG", severity: "fehler", path: ["schlussrechnung", "begruendung"] },
    ]);
  });

  it("accepts a negative Differenz with a Begründung (and does not call it a negative amount)", () => {
    const filing = withZuschussDelta(-10_000, "Mehrkosten durch Tariferhöhung, aus Eigenmitteln gedeckt.");

    expect(filing.data.schlussrechnung.differenz).toBe(-10_000);
    expect(briefValidate(filing)).toEqual([]);
  });

  it("treats a Begründung of only spaces as missing", () => {
    const findings = briefValidate(withZuschussDelta(-1, "  \n "));

    expect(findings.map((f) => f.ruleId)).toEqual(["VN-DIFFERENZ-BEGRUENDUNG"]);
  });
});

describe("VN-DIFFERENZ-POSITIV", () => {
  it("hints that unspent funds may be reclaimed, besides asking for a Begründung", () => {
    const findings = briefValidate(withZuschussDelta(10_000));

    expect(findings).toEqual([
      { ruleId: "VN-DIFFERENZ-BEGRUENDUNG", severity: "fehler", path: ["schlussrechnung", "begruendung"] },
      { ruleId: "VN-DIFFERENZ-POSITIV", severity: "hinweis", path: ["schlussrechnung", "differenz"] },
    ]);
  });

  it("still hints at a positive Differenz that is explained", () => {
    const findings = briefValidate(withZuschussDelta(10_000, "Stelle drei Monate unbesetzt."));

    expect(findings).toEqual([
      { ruleId: "VN-DIFFERENZ-POSITIV", severity: "hinweis", path: ["schlussrechnung", "differenz"] },
    ]);
  });
});
