import { describe, expect, it } from "vitest";
import { defaultProgramParams } from "../programme/params-for-year";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../samples/sample-filings";
import { validate } from "./validate";
import { isAssigned } from "./zuordnung";

const params = defaultProgramParams({ programmeId: "stadtteilmanagement", year: 2025 });

describe("VN-ZUORDNUNG", () => {
  it("accepts a Verwendungsnachweis of the Träger assigned to the district", () => {
    expect(validate(sampleVerwendungsnachweis(), params)).toEqual([]);
  });

  it("is a Fehler at the Stadtteilhaus when the Träger is not assigned to the district that year", () => {
    const filing = sampleVerwendungsnachweis({
      programmeId: "stadtteilmanagement",
      traegerId: "drk",
      districtId: "kaltenmoor",
      year: 2025,
    });

    const findings = validate(filing, params);

    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "VN-ZUORDNUNG",
      severity: "fehler",
      location: { path: ["kopf", "stadtteilhaus"] },
    });
    expect(findings[0]!.message).toContain("Kaltenmoor");
    expect(findings[0]!.message).toContain("Ausnahme");
  });

  it("accepts the district the Koordinierungsstelle recorded an Ausnahme for, as the API does", () => {
    const filing = sampleVerwendungsnachweis({
      programmeId: "stadtteilmanagement",
      traegerId: "drk",
      districtId: "kaltenmoor",
      year: 2025,
    });
    const withAusnahme = { ...params, ausnahmen: [{ traegerId: "drk", districtId: "kaltenmoor" }] };

    expect(validate(filing, withAusnahme).filter((f) => f.ruleId === "VN-ZUORDNUNG")).toEqual([]);
    expect(isAssigned(filing.meta, withAusnahme)).toBe(true);
    expect(isAssigned(filing.meta, params)).toBe(false);
  });
});

describe("JB-ZUORDNUNG", () => {
  it("flags the Tandem partner who files the district's Jahresbericht in its own name", () => {
    const filing = sampleJahresbericht({
      programmeId: "stadtteilmanagement",
      traegerId: "hansestadt",
      districtId: "innenstadt",
      year: 2025,
    });

    const findings = validate(filing, params);

    expect(findings.map((f) => [f.ruleId, f.location.path])).toEqual([
      ["JB-ZUORDNUNG", ["gegenstand", "stadtteilhaus"]],
    ]);
  });

  it("follows the year's Zuordnungen, not the defaults", () => {
    const moved = { ...params, zuordnungen: [{ districtId: "kaltenmoor", traegerId: "drk" }] };

    expect(
      validate(
        sampleJahresbericht({
          programmeId: "stadtteilmanagement",
          traegerId: "drk",
          districtId: "kaltenmoor",
          year: 2025,
        }),
        moved,
      ),
    ).toEqual([]);
  });
});

describe("VN-STADTTEIL-DURCH-STADT", () => {
  it("refuses a Verwendungsnachweis for a district the city runs itself, saying why in German", () => {
    const filing = sampleVerwendungsnachweis({
      programmeId: "stadtteilmanagement",
      traegerId: "hansestadt",
      districtId: "hanseviertel",
      year: 2025,
    });

    const refused = validate(filing, params).filter((f) => f.ruleId === "VN-STADTTEIL-DURCH-STADT");

    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ severity: "fehler", location: { path: ["kopf", "stadtteilhaus"] } });
    expect(refused[0]!.message).toContain("Hanseviertel");
    expect(refused[0]!.message).toContain("kein Verwendungsnachweis");
  });

  it("takes a Jahresbericht for that district", () => {
    const filing = sampleJahresbericht({
      programmeId: "stadtteilmanagement",
      traegerId: "hansestadt",
      districtId: "hanseviertel",
      year: 2025,
    });

    expect(validate(filing, params).filter((f) => f.severity === "fehler")).toEqual([]);
  });
});
