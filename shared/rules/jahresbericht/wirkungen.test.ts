import { describe, expect, it } from "vitest";
import { briefValidate, jbWith } from "../fixtures/filings";

describe("JB-WIRKUNGSSTUFE", () => {
  it("asks for the Wirkungstreppe step of an expected effect (2.3)", () => {
    const filing = jbWith((jb) => {
      jb.loesungsansaetze[1]!.stufe = null;
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([
      { ruleId: "JB-WIRKUNGSSTUFE", severity: "fehler", path: ["loesungsansaetze", 1, "stufe"] },
    ]);
  });

  it("asks for the Wirkungstreppe step of an achieved effect (3.4)", () => {
    const filing = jbWith((jb) => {
      jb.wirkungen[0]!.stufe = null;
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([
      { ruleId: "JB-WIRKUNGSSTUFE", severity: "fehler", path: ["wirkungen", 0, "stufe"] },
    ]);
  });

  it("ignores a blank row without a step", () => {
    const filing = jbWith((jb) => {
      jb.wirkungen.push({ ressourcen: "", leistungen: "", wirkung: " ", stufe: null });
    });

    expect(briefValidate(filing)).toEqual([]);
  });
});
