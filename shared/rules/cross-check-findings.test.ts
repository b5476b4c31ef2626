import { describe, expect, it } from "vitest";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../samples/sample-filings";
import { formatEuro } from "../money/format-money";
import { defaultProgramParams } from "../programme/params-for-year";
import { crossCheckFindings, isCrossCheckFinding, withCurrentCrossCheck } from "./cross-check-findings";
import { validate } from "./validate";

const META = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2025 };
const params = defaultProgramParams(META);

/** A later Verwendungsnachweis version whose Personal sums to 93.430,00 € (the demo year's case). */
const laterVersion = () => {
  const vn = sampleVerwendungsnachweis(META);
  vn.data.personal.zeilen[1]!.personalkosten = 9_343_000 - 5_123_456;
  vn.data.personal.summe = 9_343_000;
  return vn;
};

describe("crossCheckFindings", () => {
  it("finds nothing where Jahresbericht 3.1 and Verwendungsnachweis agree", () => {
    expect(
      crossCheckFindings(sampleJahresbericht(META), sampleVerwendungsnachweis(META).data, params),
    ).toEqual([]);
  });

  it("flags Personalkosten 83.334,56 € in 3.1 against 93.430,00 € in the Verwendungsnachweis, naming both", () => {
    const found = crossCheckFindings(sampleJahresbericht(META), laterVersion().data, params);
    expect(found.map((f) => f.location.path.join("."))).toContain("ressourcen.personalkosten");
    const personal = found.find((f) => f.location.path.join(".") === "ressourcen.personalkosten")!;
    expect(personal.message).toContain(formatEuro(8_333_456));
    expect(personal.message).toContain(formatEuro(9_343_000));
    expect(personal.related).toMatchObject({ kind: "verwendungsnachweis", path: ["personal", "summe"] });
  });

  it("finds nothing for a Verwendungsnachweis or without a partner", () => {
    expect(crossCheckFindings(laterVersion(), laterVersion().data, params)).toEqual([]);
    expect(crossCheckFindings(sampleJahresbericht(META), undefined, params)).toEqual([]);
  });
});

describe("withCurrentCrossCheck", () => {
  it("replaces the comparison made at submit by one with the current Verwendungsnachweis", () => {
    const jb = sampleJahresbericht(META);
    const atSubmit = validate(jb, params, { verwendungsnachweis: sampleVerwendungsnachweis(META).data });
    expect(atSubmit.filter(isCrossCheckFinding)).toEqual([]);
    const now = withCurrentCrossCheck(atSubmit, jb, laterVersion().data, params);
    expect(now.filter(isCrossCheckFinding)).toHaveLength(
      crossCheckFindings(jb, laterVersion().data, params).length,
    );
    expect(now.filter(isCrossCheckFinding).length).toBeGreaterThan(0);
  });

  it("drops a stale comparison once the Verwendungsnachweis agrees again, keeping the other findings", () => {
    const jb = sampleJahresbericht(META);
    const stale = crossCheckFindings(jb, laterVersion().data, params);
    const other = { ...stale[0]!, ruleId: "JB-GESAMTSUMME" };
    expect(
      withCurrentCrossCheck([...stale, other], jb, sampleVerwendungsnachweis(META).data, params),
    ).toEqual([other]);
  });
});
