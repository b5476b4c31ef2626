import { describe, expect, it } from "vitest";
import { parseExcelAmount, parseGermanAmount, readAmount } from "./parse-money";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

describe("parseGermanAmount", () => {
  it.each([
    ["1.234,56", 123_456],
    ["1.234,56 €", 123_456],
    ["1.234,56 EUR", 123_456],
    ["1234,5", 123_450],
    ["1 234,56", 123_456],
    [`1${NBSP}234,56`, 123_456],
    [`1${NNBSP}234,56`, 123_456],
    [`1.234,56${NBSP}€`, 123_456],
    ["€ 12", 1_200],
    ["  7.000,00  ", 700_000],
    ["1.000.000", 100_000_000],
    ["0,01", 1],
    ["0", 0],
  ])("reads %j as %i cents", (text, cents) => {
    expect(parseGermanAmount(text)).toEqual({ ok: true, cents });
  });

  it("reads empty text and text of only spaces as no amount", () => {
    expect(parseGermanAmount("")).toEqual({ ok: true, cents: null });
    expect(parseGermanAmount("   ")).toEqual({ ok: true, cents: null });
  });

  it("rejects a negative amount with a German message", () => {
    const result = parseGermanAmount("-0,01");

    expect(result).toEqual({ ok: false, error: "„-0,01“ ist negativ; Beträge dürfen nicht negativ sein." });
  });

  it("rejects a negative amount written with a typographic minus", () => {
    expect(parseGermanAmount("−5,00 €").ok).toBe(false);
  });

  it.each([
    "1234.56",
    "1,234",
    "12,345",
    "abc",
    "1.23,45",
    "1.234 567,00",
    "12 € 34",
    "12,34 Euro",
    ",50",
    "1e3",
  ])("rejects %j rather than guessing", (text) => {
    const result = parseGermanAmount(text);

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain("ist kein Betrag");
  });

  it("rejects an amount too large to keep every cent", () => {
    expect(parseGermanAmount("99999999999999999").ok).toBe(false);
  });
});

describe("parseExcelAmount", () => {
  it("removes the float noise Excel leaves: 1234.5600000000002 is 123456 cents", () => {
    expect(parseExcelAmount(1234.5600000000002)).toEqual({ ok: true, cents: 123_456 });
  });

  it("rounds half-up: 1.005 € is 101 cents although the double is 1.00499…", () => {
    expect(parseExcelAmount(1.005)).toEqual({ ok: true, cents: 101 });
  });

  it("rounds half-up: 0.125 € is 13 cents", () => {
    expect(parseExcelAmount(0.125)).toEqual({ ok: true, cents: 13 });
  });

  it("reads float noise around zero as 0, not as a negative amount or -0", () => {
    const result = parseExcelAmount(-1e-15);

    expect(result.ok && Object.is(result.cents, 0)).toBe(true);
  });

  it("rejects a negative amount with a German message", () => {
    const result = parseExcelAmount(-0.01);

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain("negativ");
  });

  it("rejects infinity and NaN", () => {
    expect(parseExcelAmount(Number.POSITIVE_INFINITY).ok).toBe(false);
    expect(parseExcelAmount(Number.NaN).ok).toBe(false);
  });
});

describe("readAmount", () => {
  it("reads an Excel number", () => {
    expect(readAmount(1234.56)).toEqual({ ok: true, cents: 123_456 });
  });

  it("reads German text", () => {
    expect(readAmount("1.234,56 €")).toEqual({ ok: true, cents: 123_456 });
  });

  it.each([[""], [null], [undefined]])("reads an empty cell (%j) as no amount, not 0", (value) => {
    expect(readAmount(value)).toEqual({ ok: true, cents: null });
  });

  it.each([["abc"], ["12,34 Euro"], [true], [new Date(2025, 0, 1)], [{}]])(
    "reads %j as an error with a German message, never as 0",
    (value) => {
      const result = readAmount(value);

      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.error).toMatch(/kein Betrag\. Bitte eine Zahl eingeben, z\. B\. 1\.234,56\./);
    },
  );
});
