import { describe, expect, it } from "vitest";
import { filingJsonSchema, programParamsJsonSchema } from "./json-schema";

/** The `kind` constants of the union's branches, wherever zod put them. */
const kindsOf = (schema: unknown): string[] =>
  [...JSON.stringify(schema).matchAll(/"kind":\{"type":"string","const":"([a-z]+)"\}/g)].map((m) => m[1]!);

describe("filingJsonSchema", () => {
  it("exports draft 2020-12", () => {
    expect(filingJsonSchema().$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("contains both kinds of filing", () => {
    expect(kindsOf(filingJsonSchema()).sort()).toEqual(["jahresbericht", "verwendungsnachweis"]);
  });

  it("describes amounts as integers in cents", () => {
    const text = JSON.stringify(filingJsonSchema());

    expect(text).toContain('"type":"integer"');
    expect(text).toContain("Betrag in Cent (ganzzahlig)");
  });

  it("is the same on every call", () => {
    expect(JSON.stringify(filingJsonSchema())).toBe(JSON.stringify(filingJsonSchema()));
  });
});

describe("programParamsJsonSchema", () => {
  it("exports the program parameters with their required fields", () => {
    const schema = programParamsJsonSchema();

    expect(schema.required).toEqual(
      expect.arrayContaining(["year", "verwaltungCapBasisPoints", "zuordnungen"]),
    );
  });
});
