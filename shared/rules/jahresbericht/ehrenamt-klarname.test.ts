import { describe, expect, it } from "vitest";
import { briefValidate, jbWith } from "../fixtures/filings";
import { looksLikeFullName } from "./ehrenamt-klarname";

const withEhrenamt = (bezeichnung: string) =>
  jbWith((jb) => {
    jb.personelleRessourcen[2]!.bezeichnung = bezeichnung;
  });

describe("JB-EHRENAMT-KLARNAME", () => {
  it("warns when a volunteer is named with what looks like a full name", () => {
    const findings = briefValidate(withEhrenamt("Anna Schmidt"));

    expect(findings).toEqual([
      {
        ruleId: "JB-EHRENAMT-KLARNAME",
        severity: "warnung",
        path: ["personelleRessourcen", 2, "bezeichnung"],
      },
    ]);
  });

  it("warns on double-barrelled names with umlauts", () => {
    expect(briefValidate(withEhrenamt("Jürgen Müller-Lüdenscheidt")).map((f) => f.ruleId)).toEqual([
      "JB-EHRENAMT-KLARNAME",
    ]);
  });

  it("accepts pseudonyms and initials", () => {
    for (const bezeichnung of ["Person 1", "NH", "A. S.", "Lesepatin", "Frau M."]) {
      expect(looksLikeFullName(bezeichnung), bezeichnung).toBe(false);
    }
  });

  it("does not warn about full names outside the Ehrenamtliche group", () => {
    const filing = jbWith((jb) => {
      jb.personelleRessourcen[1]!.bezeichnung = "Anna Schmidt";
    });

    expect(briefValidate(filing)).toEqual([]);
  });
});
