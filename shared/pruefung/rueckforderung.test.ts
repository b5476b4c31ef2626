import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  computeRueckforderung,
  computeZinsen,
  verzugsTage,
  type RueckforderungInput,
} from "./rueckforderung";

const cents = fc.integer({ min: 0, max: 10_000_000_00 });
const input = (finanzierungsart: RueckforderungInput["finanzierungsart"]) =>
  fc.record({
    finanzierungsart: fc.constant(finanzierungsart),
    kostensumme: cents,
    nichtAnerkannt: cents,
    weitereEinnahmen: cents,
    ausgezahlt: cents,
    bewilligt: cents,
  });

describe("computeRueckforderung, Fehlbedarfsfinanzierung", () => {
  it("owes the paid Zuschuss minus (recognised costs − weitere Einnahmen): 1.200,00 € Sachkosten nicht anerkannt", () => {
    // Paid 100.000,00 €, costs 110.000,00 €, 12.000,00 € other income: 2.000,00 € were not needed,
    // and 1.200,00 € not recognised make it 3.200,00 €.
    expect(
      computeRueckforderung({
        finanzierungsart: "fehlbedarfsfinanzierung",
        kostensumme: 110_000_00,
        nichtAnerkannt: 1_200_00,
        weitereEinnahmen: 12_000_00,
        ausgezahlt: 100_000_00,
      }),
    ).toEqual({ anerkannt: 108_800_00, zustehend: 96_800_00, betrag: 3_200_00 });
  });

  it("owes nothing when the recognised costs less other income exceed what was paid", () => {
    expect(
      computeRueckforderung({
        finanzierungsart: "fehlbedarfsfinanzierung",
        kostensumme: 110_000_00,
        nichtAnerkannt: 0,
        weitereEinnahmen: 5_000_00,
        ausgezahlt: 100_000_00,
      }).betrag,
    ).toBe(0);
  });

  it("is exactly ausgezahlt − (anerkannt − weitere Einnahmen) whenever that lies between 0 and ausgezahlt", () => {
    fc.assert(
      fc.property(input("fehlbedarfsfinanzierung"), (i) => {
        const anerkannt = Math.max(0, i.kostensumme - i.nichtAnerkannt);
        const literal = i.ausgezahlt - (anerkannt - i.weitereEinnahmen);
        const { betrag } = computeRueckforderung(i);
        if (literal >= 0 && literal <= i.ausgezahlt) expect(betrag).toBe(literal);
        else expect(betrag).toBe(literal < 0 ? 0 : i.ausgezahlt);
      }),
    );
  });

  it("is an integer of cents between 0 and what was paid", () => {
    fc.assert(
      fc.property(input("fehlbedarfsfinanzierung"), (i) => {
        const { betrag, anerkannt } = computeRueckforderung(i);
        expect(Number.isInteger(betrag)).toBe(true);
        expect(betrag).toBeGreaterThanOrEqual(0);
        expect(betrag).toBeLessThanOrEqual(i.ausgezahlt);
        expect(anerkannt).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("never owes less when more is not recognised, more other income came in, or more was paid", () => {
    fc.assert(
      fc.property(input("fehlbedarfsfinanzierung"), cents, (i, more) => {
        const base = computeRueckforderung(i).betrag;
        expect(
          computeRueckforderung({ ...i, nichtAnerkannt: i.nichtAnerkannt + more }).betrag,
        ).toBeGreaterThanOrEqual(base);
        expect(
          computeRueckforderung({ ...i, weitereEinnahmen: i.weitereEinnahmen + more }).betrag,
        ).toBeGreaterThanOrEqual(base);
        expect(
          computeRueckforderung({ ...i, ausgezahlt: i.ausgezahlt + more }).betrag,
        ).toBeGreaterThanOrEqual(base);
      }),
    );
  });

  it("changes by exactly one cent when one more cent is not recognised inside the owed range", () => {
    const i: RueckforderungInput = {
      finanzierungsart: "fehlbedarfsfinanzierung",
      kostensumme: 50_000_00,
      nichtAnerkannt: 0,
      weitereEinnahmen: 0,
      ausgezahlt: 50_000_00,
    };
    expect(computeRueckforderung(i).betrag).toBe(0);
    expect(computeRueckforderung({ ...i, nichtAnerkannt: 1 }).betrag).toBe(1);
  });
});

describe("computeRueckforderung, Festbetrag", () => {
  it("keeps the fixed amount whatever other income came in", () => {
    fc.assert(
      fc.property(input("festbetrag"), cents, (i, more) => {
        expect(computeRueckforderung({ ...i, weitereEinnahmen: i.weitereEinnahmen + more })).toEqual(
          computeRueckforderung(i),
        );
      }),
    );
  });

  it("reclaims only what the recognised costs fall short of the fixed amount, and any overpayment", () => {
    const festbetrag = {
      finanzierungsart: "festbetrag" as const,
      weitereEinnahmen: 9_999_00,
      bewilligt: 40_000_00,
    };
    expect(
      computeRueckforderung({
        ...festbetrag,
        kostensumme: 45_000_00,
        nichtAnerkannt: 0,
        ausgezahlt: 40_000_00,
      }).betrag,
    ).toBe(0);
    expect(
      computeRueckforderung({
        ...festbetrag,
        kostensumme: 41_000_00,
        nichtAnerkannt: 2_000_00,
        ausgezahlt: 40_000_00,
      }).betrag,
    ).toBe(1_000_00);
    expect(
      computeRueckforderung({
        ...festbetrag,
        kostensumme: 45_000_00,
        nichtAnerkannt: 0,
        ausgezahlt: 41_000_00,
      }).betrag,
    ).toBe(1_000_00);
  });
});

describe("computeZinsen", () => {
  it("counts days after the due date: paid on it is 0 days, the day after is 1, 31.12. → 01.01. is 1", () => {
    expect(verzugsTage("2026-06-30", "2026-06-30")).toBe(0);
    expect(verzugsTage("2026-06-30", "2026-07-01")).toBe(1);
    expect(verzugsTage("2026-12-31", "2027-01-01")).toBe(1);
    expect(verzugsTage("2026-06-30", "2026-06-01")).toBe(0);
  });

  it("is betrag × rate × days / 365, half up to the cent", () => {
    // 3.200,00 € at 5 % for 73 days = 32,00 €; for 1 day 0,438… € → 0,44 €.
    expect(computeZinsen(3_200_00, 500, 73)).toBe(32_00);
    expect(computeZinsen(3_200_00, 500, 1)).toBe(44);
    expect(computeZinsen(3_200_00, 0, 73)).toBe(0);
    expect(computeZinsen(0, 500, 73)).toBe(0);
  });

  it("rounds exactly for large amounts (no floating-point drift)", () => {
    fc.assert(
      fc.property(
        cents,
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 3_650 }),
        (b, bp, days) => {
          const z = computeZinsen(b, bp, days);
          const exact = (BigInt(b) * BigInt(bp) * BigInt(days) * 2n) / (10_000n * 365n); // twice the value, floored
          expect(Number.isInteger(z)).toBe(true);
          expect(BigInt(z)).toBe((exact + 1n) / 2n);
        },
      ),
    );
  });
});
