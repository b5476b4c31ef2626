import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatAmount, formatEuro } from "./format-money";
import { parseGermanAmount } from "./parse-money";

const MAX_CENTS = 100_000_000_000;

describe("formatEuro", () => {
  it("writes de-DE with a non-breaking space before the euro sign", () => {
    expect(formatEuro(123_456)).toBe("1.234,56\u00a0€");
  });

  it("always shows two decimals", () => {
    expect(formatEuro(700_000)).toBe("7.000,00\u00a0€");
    expect(formatEuro(0)).toBe("0,00\u00a0€");
  });

  it("is read back by parseGermanAmount for every amount up to 1 Mrd. €", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_CENTS }), (cents) => {
        expect(parseGermanAmount(formatEuro(cents))).toEqual({ ok: true, cents });
      }),
    );
  });
});

describe("formatAmount", () => {
  it("writes the amount without the currency", () => {
    expect(formatAmount(6_123_456)).toBe("61.234,56");
  });

  it("is read back by parseGermanAmount for every amount up to 1 Mrd. €", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_CENTS }), (cents) => {
        expect(parseGermanAmount(formatAmount(cents))).toEqual({ ok: true, cents });
      }),
    );
  });
});
