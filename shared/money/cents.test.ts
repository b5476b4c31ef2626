import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { centsToEuros, eurosToCents, shareOfCents, sumCents } from "./cents";

const MAX_CENTS = 100_000_000_000; // 1 Mrd. € – far above any Zuschuss, well below 2^53

describe("sumCents", () => {
  it("counts empty amounts as 0, like Excel's SUM", () => {
    expect(sumCents([100, null, undefined, 23])).toBe(123);
    expect(sumCents([])).toBe(0);
  });

  it("adds cents exactly: the sum equals the BigInt sum", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: MAX_CENTS }), { nil: null }), { maxLength: 500 }),
        (xs) => {
          const exact = xs.reduce((total, x) => total + BigInt(x ?? 0), 0n);

          expect(BigInt(sumCents(xs))).toBe(exact);
        },
      ),
    );
  });
});

describe("shareOfCents", () => {
  it("rounds 13 % of 1,50 € (19,5 ct) half-up to 20 ct", () => {
    expect(shareOfCents(150, 1300)).toBe(20);
  });

  it("rounds 13 % of 1,49 € (19,37 ct) down to 19 ct", () => {
    expect(shareOfCents(149, 1300)).toBe(19);
  });

  it("computes 13 % of 1.234,57 € (160,4941 €) as 160,49 €", () => {
    expect(shareOfCents(123_457, 1300)).toBe(16_049);
  });

  it("rounds a negative half away from zero", () => {
    expect(shareOfCents(-150, 1300)).toBe(-20);
  });

  it("equals exact half-up rounding in BigInt for every amount and rate", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_CENTS }),
        fc.integer({ min: 0, max: 10_000 }),
        (cents, bp) => {
          const exact = (BigInt(cents) * BigInt(bp) * 2n + 10_000n) / 20_000n;

          expect(BigInt(shareOfCents(cents, bp))).toBe(exact);
        },
      ),
    );
  });
});

describe("eurosToCents", () => {
  it("gives back every cent amount from its euro double: eurosToCents(c / 100) = c", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_CENTS }), (cents) => {
        expect(eurosToCents(cents / 100)).toBe(cents);
        expect(eurosToCents(centsToEuros(cents))).toBe(cents);
      }),
    );
  });

  it("rounds negative halves away from zero", () => {
    expect(eurosToCents(-0.125)).toBe(-13);
  });

  it("never returns -0", () => {
    expect(Object.is(eurosToCents(-0.001), 0)).toBe(true);
    expect(Object.is(eurosToCents(-0), 0)).toBe(true);
  });
});
