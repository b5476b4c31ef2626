import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyJahresbericht, emptyVerwendungsnachweis } from "../filing/empty-filing";
import type { Filing } from "../filing/filing";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../samples/sample-filings";
import { findingSchema, SEVERITIES } from "./finding";
import { PARAMS, vnWith } from "./fixtures/filings";
import { validate } from "./validate";

const meta = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2025 };

const emptyFilings: Filing[] = [
  { kind: "verwendungsnachweis", meta, data: emptyVerwendungsnachweis() },
  { kind: "jahresbericht", meta, data: emptyJahresbericht() },
];

const amount = fc.option(fc.integer({ min: -10_000_000, max: 10_000_000 }), { nil: null });

/** Sample Verwendungsnachweise with arbitrary (also negative and inconsistent) figures. */
const scrambledVn = fc
  .record({
    verwaltung: amount,
    sachkosten: amount,
    budget: amount,
    zuschuss: amount,
    differenz: amount,
    stellenanteil: fc.option(fc.double({ min: -2, max: 2, noNaN: true }), { nil: null }),
    begruendung: fc.constantFrom("", "Begründung"),
  })
  .map((x) =>
    vnWith((vn) => {
      vn.verwaltung = x.verwaltung;
      vn.sachkosten = x.sachkosten;
      vn.budget.betrag = x.budget;
      vn.kopf.zuschuss = x.zuschuss;
      vn.schlussrechnung.differenz = x.differenz;
      vn.personal.zeilen[0]!.stellenanteil = x.stellenanteil;
      vn.schlussrechnung.begruendung = x.begruendung;
    }),
  );

describe("validate", () => {
  it("finds nothing in the sample Verwendungsnachweis", () => {
    expect(validate(sampleVerwendungsnachweis(), PARAMS)).toEqual([]);
  });

  it("finds nothing in the sample Jahresbericht, also when cross-checked with the sample Verwendungsnachweis", () => {
    expect(validate(sampleJahresbericht(), PARAMS)).toEqual([]);
    expect(
      validate(sampleJahresbericht(), PARAMS, { verwendungsnachweis: sampleVerwendungsnachweis().data }),
    ).toEqual([]);
  });

  it("returns deep-equal findings for the same input twice", () => {
    for (const filing of emptyFilings) {
      const first = validate(filing, PARAMS);
      const second = validate(structuredClone(filing), PARAMS);

      expect(first.length).toBeGreaterThan(0);
      expect(second).toEqual(first);
    }
  });

  it("returns only findings that pass findingSchema, for blank filings", () => {
    const findings = emptyFilings.flatMap((filing) => validate(filing, PARAMS));

    for (const finding of findings) expect(findingSchema.parse(finding)).toEqual(finding);
  });

  it("sorts Fehler before Warnung before Hinweis", () => {
    const filing = vnWith((vn) => {
      vn.kopf.zuschuss = (vn.kopf.zuschuss ?? 0) + 100_000;
      vn.sachkosten = 700_001;
    });

    const severities = validate(filing, PARAMS).map((f) => SEVERITIES.indexOf(f.severity));

    expect(severities).toEqual([...severities].sort((a, b) => a - b));
    expect(severities).toContain(SEVERITIES.indexOf("hinweis"));
  });

  it("is deterministic and schema-conform for arbitrary figures", () => {
    fc.assert(
      fc.property(scrambledVn, (filing) => {
        const first = validate(filing, PARAMS);
        const second = validate(structuredClone(filing), PARAMS);

        expect(second).toEqual(first);
        for (const finding of first) expect(findingSchema.safeParse(finding).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("does not change the filing it validates", () => {
    const filing = sampleVerwendungsnachweis();
    const before = structuredClone(filing);

    validate(filing, PARAMS);

    expect(filing).toEqual(before);
  });
});

describe("order of findings", () => {
  it("lists findings of one severity in the order of the paper form", async () => {
    const { sampleVerwendungsnachweis } = await import("../samples/sample-filings");
    const { defaultProgramParams } = await import("../programme/params-for-year");
    const filing = sampleVerwendungsnachweis();
    filing.data.unterschrift = { name: "", funktion: "", datum: null };
    filing.data.kopf.stadtteilhaus = "";
    filing.data.personal.zeilen[1]!.stellenanteil = 2;

    const paths = validate(
      filing,
      defaultProgramParams({ programmeId: "stadtteilmanagement", year: 2025 }),
    ).map((f) => f.location.path.join("."));

    expect(paths).toEqual([
      "kopf.stadtteilhaus",
      "personal.zeilen.1.stellenanteil",
      "unterschrift.name",
      "unterschrift.funktion",
      "unterschrift.datum",
    ]);
  });
});

describe("rule rollout per year (regelSchwere)", () => {
  it("reports a rule with the severity the year's parameters give it, so a new rule can warn first", () => {
    const filing = vnWith((vn) => (vn.sachkosten = 700_001));
    const strict = validate(filing, PARAMS).find((f) => f.ruleId === "VN-SACHKOSTEN-CAP");
    const rolledOut = validate(filing, { ...PARAMS, regelSchwere: { "VN-SACHKOSTEN-CAP": "warnung" } }).find(
      (f) => f.ruleId === "VN-SACHKOSTEN-CAP",
    );

    expect(strict?.severity).toBe("fehler");
    expect(rolledOut?.severity).toBe("warnung");
    expect(rolledOut?.message).toBe(strict?.message);
  });
});
