import { describe, expect, it } from "vitest";
import { briefValidate, jbWith } from "../fixtures/filings";

describe("JB-AUSWAHL", () => {
  it("rejects a 3.2 row with hours but no Gruppe", () => {
    const filing = jbWith((jb) => {
      jb.personelleRessourcen[1]!.gruppe = null;
    });

    expect(briefValidate(filing)).toEqual([
      { ruleId: "JB-AUSWAHL", severity: "fehler", path: ["personelleRessourcen", 1, "gruppe"] },
    ]);
  });

  it("rejects a 3.3 row with a description but no Art", () => {
    const filing = jbWith((jb) => {
      jb.leistungen[0]!.art = null;
    });

    expect(briefValidate(filing)).toEqual([
      { ruleId: "JB-AUSWAHL", severity: "fehler", path: ["leistungen", 0, "art"] },
    ]);
  });

  it("accepts rows where every choice is made", () => {
    expect(briefValidate(jbWith(() => {}))).toEqual([]);
  });
});
