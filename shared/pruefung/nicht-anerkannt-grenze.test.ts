import { describe, expect, it } from "vitest";
import { nichtAnerkanntUeberKosten } from "./nicht-anerkannt-grenze";

/** formatEuro separates the unit by a no-break space; the assertions read plain spaces. */
const check = (...args: Parameters<typeof nichtAnerkanntUeberKosten>) =>
  nichtAnerkanntUeberKosten(...args)?.replace(/\u00a0/g, " ");
const KOSTEN = { personalkosten: 5_000_000, verwaltung: 650_000, sachkosten: 120_000, budget: null };

describe("nichtAnerkanntUeberKosten", () => {
  it("lets a Kostenart be refused in full: the amount equal to the version's passes", () => {
    expect(check({ sachkosten: 120_000, personalkosten: 5_000_000 }, KOSTEN)).toBe(undefined);
  });

  it("refuses one cent more than the Kostenart states, naming it and both amounts", () => {
    expect(check({ sachkosten: 120_001 }, KOSTEN)).toBe(
      "Nicht anerkannt, Sachkosten: 1.200,01 € ist mehr als die Sachkosten der Version (1.200,00 €). Höchstens der angegebene Betrag kann nicht anerkannt werden.",
    );
  });

  it("counts a Kostenart the version leaves empty as 0 €", () => {
    expect(check({ budget: 0 }, KOSTEN)).toBe(undefined);
    expect(check({ budget: 1 }, KOSTEN)).toMatch(
      /^Nicht anerkannt, Budget \(präventive Angebote\): 0,01 € ist mehr als .* \(0,00 €\)\./,
    );
  });
});
