import { describe, expect, it } from "vitest";
import { emptyJahresbericht, emptyVerwendungsnachweis } from "./empty-filing";
import { filingKey, filingSchema } from "./filing";
import { defaultProgramParams } from "../programme/params-for-year";
import { programParamsSchema } from "../programme/program-params";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../samples/sample-filings";

const meta = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2025 };

describe("filingSchema", () => {
  it("parses the sample Verwendungsnachweis unchanged", () => {
    const sample = sampleVerwendungsnachweis();

    expect(filingSchema.parse(sample)).toEqual(sample);
  });

  it("parses the sample Jahresbericht unchanged", () => {
    const sample = sampleJahresbericht();

    expect(filingSchema.parse(sample)).toEqual(sample);
  });

  it("parses blank filings of both kinds", () => {
    expect(
      filingSchema.safeParse({ kind: "verwendungsnachweis", meta, data: emptyVerwendungsnachweis() }).success,
    ).toBe(true);
    expect(filingSchema.safeParse({ kind: "jahresbericht", meta, data: emptyJahresbericht() }).success).toBe(
      true,
    );
  });

  it("rejects a Jahresbericht's content under the kind verwendungsnachweis", () => {
    const wrong = { ...sampleJahresbericht(), kind: "verwendungsnachweis" };

    expect(filingSchema.safeParse(wrong).success).toBe(false);
  });

  it("rejects an amount in euros with cents as a fraction, pointing at the field", () => {
    const wrong = sampleVerwendungsnachweis();
    wrong.data.sachkosten = 6_500.5;

    const result = filingSchema.safeParse(wrong);

    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([["data", "sachkosten"]]);
  });

  it("rejects an amount given as text", () => {
    const wrong = {
      ...sampleVerwendungsnachweis(),
      data: { ...sampleVerwendungsnachweis().data, verwaltung: "1.000,00" },
    };

    expect(filingSchema.safeParse(wrong).success).toBe(false);
  });

  it("rejects an unknown kind and a meta with an invalid slug", () => {
    expect(filingSchema.safeParse({ ...sampleJahresbericht(), kind: "haushaltsplan" }).success).toBe(false);
    expect(
      filingSchema.safeParse({ ...sampleJahresbericht(), meta: { ...meta, traegerId: "AWO e.V." } }).success,
    ).toBe(false);
  });

  it("keeps a negative amount parseable, so a rule can report it with its place", () => {
    const negative = sampleVerwendungsnachweis();
    negative.data.sachkosten = -100;

    expect(filingSchema.safeParse(negative).success).toBe(true);
  });
});

describe("filingKey", () => {
  it("joins year, kind, Träger and district with dots", () => {
    expect(filingKey("jahresbericht", meta)).toBe("stadtteilmanagement.2025.jahresbericht.awo.kaltenmoor");
  });
});

describe("defaultProgramParams", () => {
  it("holds the Fachkonzept defaults and passes its schema", () => {
    const params = defaultProgramParams({ programmeId: "stadtteilmanagement", year: 2025 });

    expect(programParamsSchema.parse(params)).toEqual(params);
    expect(params).toMatchObject({
      verwaltungCapBasisPoints: 1300,
      sachkostenCap: 700_000,
      budgetCap: 600_000,
      budgetMaxZeilen: 12,
      aufbewahrungJahre: 10,
      jahresberichtFaellig: "2025-12-31",
      verwendungsnachweisFaellig: "2026-06-30",
    });
  });
});
