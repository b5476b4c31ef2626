import { describe, expect, it } from "vitest";
import { briefValidate, jbWith } from "../fixtures/filings";

describe("JB-PFLICHTANGABEN", () => {
  it("asks for Name und Rechtsform of the Träger", () => {
    const filing = jbWith((jb) => {
      jb.organisation.nameRechtsform = " ";
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([
      { ruleId: "JB-PFLICHTANGABEN", severity: "fehler", path: ["organisation", "nameRechtsform"] },
    ]);
  });

  it("asks for Stadtteilhaus and Berichtszeitraum", () => {
    const filing = jbWith((jb) => {
      jb.gegenstand.stadtteilhaus = "";
      jb.gegenstand.berichtszeitraum = "";
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([
      { ruleId: "JB-PFLICHTANGABEN", severity: "fehler", path: ["gegenstand", "stadtteilhaus"] },
      { ruleId: "JB-PFLICHTANGABEN", severity: "fehler", path: ["gegenstand", "berichtszeitraum"] },
    ]);
  });
});

describe("JB-ANGEBOT-BEZEICHNUNG", () => {
  it("asks for the Angebotsbezeichnung of a 3.5 row that has other values", () => {
    const filing = jbWith((jb) => {
      jb.angebote[1]!.bezeichnung = "";
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([
      { ruleId: "JB-ANGEBOT-BEZEICHNUNG", severity: "fehler", path: ["angebote", 1, "bezeichnung"] },
    ]);
  });

  it("ignores a blank 3.5 row", () => {
    const filing = jbWith((jb) => {
      jb.angebote.push({
        bezeichnung: "",
        verantwortlich: "",
        zeiten: "",
        teilnehmerzahl: null,
        finanzierung: "",
      });
    });

    expect(briefValidate(filing)).toEqual([]);
  });
});

describe("JB-TEILNEHMERZAHL", () => {
  it("rejects a Teilnehmerzahl that is not a whole number", () => {
    const filing = jbWith((jb) => {
      jb.angebote[0]!.teilnehmerzahl = 2.5;
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([
      { ruleId: "JB-TEILNEHMERZAHL", severity: "fehler", path: ["angebote", 0, "teilnehmerzahl"] },
    ]);
  });

  it("rejects a negative Teilnehmerzahl", () => {
    const filing = jbWith((jb) => {
      jb.angebote[0]!.teilnehmerzahl = -1;
    });

    expect(briefValidate(filing).map((f) => f.ruleId)).toEqual(["JB-TEILNEHMERZAHL"]);
  });

  it("accepts a Teilnehmerzahl of 0", () => {
    const filing = jbWith((jb) => {
      jb.angebote[0]!.teilnehmerzahl = 0;
    });

    expect(briefValidate(filing)).toEqual([]);
  });
});
