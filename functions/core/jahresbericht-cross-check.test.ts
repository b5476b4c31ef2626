import { beforeAll, describe, expect, it } from "vitest";
import type { VerwendungsnachweisFiling } from "../../shared/filing/filing";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { withDerivedFields } from "../../shared/layout/derived-fields";
import { formatEuro } from "../../shared/money/format-money";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import type { Finding } from "../../shared/rules/finding";
import { asJson, createTestDeps } from "./fixtures/test-deps";
import { awo, koordinierung } from "./fixtures/principals";
import { getFiling } from "./get-filing";
import { submitFiling } from "./submit-filing";

// Issue 23, item 4: a Jahresbericht is compared with the *current* stored Verwendungsnachweis of the
// same Träger, district and year – at its submit, and again whenever it is shown after a later
// Verwendungsnachweis version was stored. The demo year's case: 3.1 says Personalkosten
// 83.334,56 €, the Verwendungsnachweis (version 2) 93.430,00 €.

const META = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2025 };
const params = defaultProgramParams(META);

const withPersonal = (cents: number): VerwendungsnachweisFiling => {
  const vn = sampleVerwendungsnachweis(META);
  vn.data.personal.zeilen[1]!.personalkosten = cents - vn.data.personal.zeilen[0]!.personalkosten!;
  // The second payroll Beleg carries the difference, so the Belegliste still proves the Personalkosten.
  vn.data.belegliste[1]!.betrag = cents - vn.data.belegliste[0]!.betrag!;
  vn.data.schlussrechnung.begruendung = "Tariferhöhung ab Juli; Mehrkosten aus Eigenmitteln.";
  return withDerivedFields(vn, params) as VerwendungsnachweisFiling;
};
const personalAbgleich = (findings: readonly Finding[]) =>
  findings.filter(
    (f) => f.ruleId === "JB-RESSOURCEN-ABGLEICH" && f.location.path.join(".") === "ressourcen.personalkosten",
  );

describe("a Jahresbericht against the current stored Verwendungsnachweis (DynamoDB Local)", () => {
  let t: Awaited<ReturnType<typeof createTestDeps>>;
  let jahresberichtId: string;
  beforeAll(async () => {
    t = await createTestDeps();
    await submitFiling(awo, asJson(sampleVerwendungsnachweis(META), "vn-1"), t.deps);
    jahresberichtId = (await submitFiling(awo, asJson(sampleJahresbericht(META), "jb-1"), t.deps)).filingId;
  });

  it("finds nothing while 3.1 matches the Verwendungsnachweis", async () => {
    const detail = await getFiling(koordinierung, jahresberichtId, t.deps);
    expect(personalAbgleich(detail.latest.findings)).toEqual([]);
  });

  it("flags the Jahresbericht again, with both values, once a later Verwendungsnachweis version differs", async () => {
    const v2 = await submitFiling(awo, asJson(withPersonal(9_343_000), "vn-2"), t.deps);
    expect(v2.version).toBe(2);
    for (const who of [koordinierung, awo]) {
      const [finding, ...more] = personalAbgleich(
        (await getFiling(who, jahresberichtId, t.deps)).latest.findings,
      );
      expect(more).toEqual([]);
      expect(finding!.message).toContain(formatEuro(8_333_456));
      expect(finding!.message).toContain(formatEuro(9_343_000));
      expect(finding!.related).toMatchObject({ kind: "verwendungsnachweis", path: ["personal", "summe"] });
    }
  });

  it("flags a Jahresbericht whose 3.1 differs from the stored Verwendungsnachweis on its submit, with both values", async () => {
    const result = await submitFiling(awo, asJson(sampleJahresbericht(META), "jb-2"), t.deps);
    const [finding] = personalAbgleich(result.findings);
    expect(finding!.message).toContain(formatEuro(8_333_456));
    expect(finding!.message).toContain(formatEuro(9_343_000));
  });

  it("clears the comparison when a still later version agrees again", async () => {
    await submitFiling(awo, asJson(withPersonal(8_333_456), "vn-3"), t.deps);
    expect(
      personalAbgleich((await getFiling(koordinierung, jahresberichtId, t.deps)).latest.findings),
    ).toEqual([]);
  });
});
