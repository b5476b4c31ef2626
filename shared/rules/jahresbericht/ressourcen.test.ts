import { describe, expect, it } from "vitest";
import { sampleVerwendungsnachweis } from "../../samples/sample-filings";
import { briefValidate, jbWith, runJbRule } from "../fixtures/filings";
import { jbRessourcenAbgleich } from "./ressourcen";

describe("JB-GESAMTSUMME", () => {
  it("rejects a Gesamtsumme one cent off the positions", () => {
    const filing = jbWith((jb) => {
      jb.ressourcen.gesamtsumme = (jb.ressourcen.gesamtsumme ?? 0) - 1;
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([
      { ruleId: "JB-GESAMTSUMME", severity: "fehler", path: ["ressourcen", "gesamtsumme"] },
    ]);
  });

  it("counts empty positions as 0", () => {
    const filing = jbWith((jb) => {
      jb.ressourcen.gesamtsumme = (jb.ressourcen.gesamtsumme ?? 0) - (jb.ressourcen.sachkosten ?? 0);
      jb.ressourcen.sachkosten = null;
    });

    expect(briefValidate(filing)).toEqual([]);
  });

  it("rejects a Gesamtsumme that adds Eigenmittel/Spenden/Weitere Zuwendungen to the costs a second time", () => {
    const filing = jbWith((jb) => {
      jb.ressourcen.gesamtsumme = (jb.ressourcen.gesamtsumme ?? 0) + (jb.ressourcen.eigenmittel ?? 0);
    });

    expect(briefValidate(filing)).toEqual([
      { ruleId: "JB-GESAMTSUMME", severity: "fehler", path: ["ressourcen", "gesamtsumme"] },
    ]);
  });
});

describe("JB-RESSOURCEN-ABGLEICH", () => {
  it("accepts a Jahresbericht whose 3.1 agrees with the Verwendungsnachweis", () => {
    const findings = briefValidate(
      jbWith(() => {}),
      sampleVerwendungsnachweis().data,
    );

    expect(findings).toEqual([]);
  });

  it("warns when 3.1 Personalkosten disagree with the Verwendungsnachweis, naming its cell as related", () => {
    const filing = jbWith((jb) => {
      jb.ressourcen.personalkosten = (jb.ressourcen.personalkosten ?? 0) - 100;
      jb.ressourcen.gesamtsumme = (jb.ressourcen.gesamtsumme ?? 0) - 100;
    });
    const verwendungsnachweis = sampleVerwendungsnachweis().data;

    const findings = runJbRule(jbRessourcenAbgleich, filing, verwendungsnachweis);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "JB-RESSOURCEN-ABGLEICH",
      severity: "warnung",
      location: { kind: "jahresbericht", path: ["ressourcen", "personalkosten"] },
      related: { kind: "verwendungsnachweis", path: ["personal", "summe"] },
    });
    expect(findings[0]?.related?.label).toBe("1. Personalkosten › Summe Personalkosten");
  });

  it("raises the cross-check through validate() only when a Verwendungsnachweis is passed", () => {
    const filing = jbWith((jb) => {
      jb.ressourcen.stadtteilmanagement = (jb.ressourcen.stadtteilmanagement ?? 0) + 1;
      jb.ressourcen.gesamtsumme = (jb.ressourcen.gesamtsumme ?? 0) + 1;
    });

    const alone = briefValidate(filing);
    const crossChecked = briefValidate(filing, sampleVerwendungsnachweis().data);

    expect(alone).toEqual([]);
    expect(crossChecked).toEqual([
      { ruleId: "JB-RESSOURCEN-ABGLEICH", severity: "warnung", path: ["ressourcen", "stadtteilmanagement"] },
    ]);
  });

  it("warns about a position left empty in 3.1 where the Verwendungsnachweis names an amount", () => {
    const filing = jbWith((jb) => {
      jb.ressourcen = { ...jb.ressourcen, personalkosten: null, gesamtsumme: null };
    });

    const findings = runJbRule(jbRessourcenAbgleich, filing, sampleVerwendungsnachweis().data);

    expect(findings.map((f) => f.location.path)).toEqual([["ressourcen", "personalkosten"]]);
    expect(findings[0]?.message).toContain("fehlt der Betrag");
  });

  it("does not ask for a position that is empty in both", () => {
    const vn = sampleVerwendungsnachweis().data;
    vn.sachkosten = null;
    const filing = jbWith((jb) => {
      jb.ressourcen = { ...jb.ressourcen, sachkosten: null, gesamtsumme: null };
    });

    expect(runJbRule(jbRessourcenAbgleich, filing, vn).map((f) => f.location.path)).toEqual([]);
  });
});

describe("JB-RESSOURCEN-ABGLEICH for Eigenmittel", () => {
  it("warns when 3.1 Eigenmittel disagree with the weitere Zuschüsse/Einnahmen of the Schlussrechnung", () => {
    const filing = jbWith((jb) => {
      jb.ressourcen.eigenmittel = (jb.ressourcen.eigenmittel ?? 0) + 500;
      jb.ressourcen.gesamtsumme = (jb.ressourcen.gesamtsumme ?? 0) + 500;
    });

    const findings = runJbRule(jbRessourcenAbgleich, filing, sampleVerwendungsnachweis().data);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      location: { path: ["ressourcen", "eigenmittel"] },
      related: { kind: "verwendungsnachweis", path: ["schlussrechnung", "weitereEinnahmen"] },
    });
  });
});
