import { describe, expect, it } from "vitest";
import { emptyJahresbericht } from "../../filing/empty-filing";
import { sampleJahresbericht } from "../../samples/sample-filings";
import { jbWith, runJbRule } from "../fixtures/filings";
import { jbInhalt } from "./inhalt";

describe("JB-INHALT", () => {
  it("rejects an empty Jahresbericht, naming every section that is missing", () => {
    const filing = { ...sampleJahresbericht(), data: emptyJahresbericht() };

    const findings = runJbRule(jbInhalt, filing);

    expect(findings.map((f) => f.location.label)).toEqual([
      "2.1 Steckbrief Stadtteil",
      "2.2 Herausforderungen im Stadtteil",
      "2.3 Lösungsansätze",
      "3.1 Eingesetzte Ressourcen (Input) › Personalkosten",
      "3.3 Erbrachte Leistungen (Output)",
      "3.4 Erreichte Wirkungen (Outcome/Impact)",
      "4. Ausblick",
    ]);
    expect(findings.every((f) => f.severity === "fehler")).toBe(true);
  });

  it("accepts the sample, where every section says something", () => {
    expect(runJbRule(jbInhalt, sampleJahresbericht())).toEqual([]);
  });

  it("counts a section with one answer as filled, and a table of blank rows as empty", () => {
    const filing = jbWith((jb) => {
      jb.ausblick = { rueckschluesse: "", bewaehrt: "Das Stadtteilcafé.", chancenRisiken: "", planung: "" };
      jb.leistungen = [{ art: null, beschreibung: "  " }];
    });

    expect(runJbRule(jbInhalt, filing).map((f) => f.location.path)).toEqual([["leistungen"]]);
  });
});
