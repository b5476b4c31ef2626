import { describe, expect, it } from "vitest";
import { blankFiling } from "../filing/forms";
import { sampleVerwendungsnachweis } from "../samples/sample-filings";
import { withGrantedZuschuss } from "../layout/with-granted-zuschuss";
import { defaultProgramParams } from "../programme/params-for-year";
import { splitOpenFindings } from "./open-findings";
import { validate } from "./validate";

const META = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2025 };
const params = defaultProgramParams(META);

describe("splitOpenFindings", () => {
  it("counts every Fehler of a fresh template as still to fill in, none as a Fehler", () => {
    const fresh = withGrantedZuschuss(blankFiling("verwendungsnachweis", META), params);
    const all = validate(fresh, params);
    expect(all.some((f) => f.severity === "fehler")).toBe(true);
    const { open, findings } = splitOpenFindings(fresh, all);
    expect(findings.filter((f) => f.severity === "fehler")).toEqual([]);
    expect(open.length).toBe(all.filter((f) => f.severity === "fehler").length);
  });

  it("keeps a Fehler at a filled field a Fehler (a broken cap is no gap)", () => {
    const filing = sampleVerwendungsnachweis(META);
    filing.data.sachkosten = 700_001;
    // Without Belege, so the Sachkosten's Belege do not disagree with the new amount.
    filing.data.belegliste = [];
    const { open, findings } = splitOpenFindings(filing, validate(filing, params));
    expect(findings.map((f) => f.ruleId)).toContain("VN-SACHKOSTEN-CAP");
    // The Differenz it causes asks for a Begründung, still empty: that one is to fill in.
    expect(open.map((f) => f.ruleId)).toEqual(["VN-DIFFERENZ-BEGRUENDUNG"]);
  });
});
