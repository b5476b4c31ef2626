/** Euro amounts are integer cents everywhere; floats never get added. */
export type Cents = number;

/** Sum of amounts; empty (null) counts as 0, exactly as Excel's SUM treats a blank cell. */
export const sumCents = (values: readonly (Cents | null | undefined)[]): Cents =>
  values.reduce<number>((total, value) => total + (value ?? 0), 0);

/**
 * `basisPoints` / 10,000 of an amount, rounded half-up to whole cents (13 % = 1300 bp).
 * Integer arithmetic only: 13 % of 1.234,57 € is 160,4941 € → 160,49 €.
 */
export const shareOfCents = (cents: Cents, basisPoints: number): Cents => {
  const sign = cents < 0 ? -1 : 1;
  return sign * Math.floor((Math.abs(cents) * basisPoints + 5_000) / 10_000);
};

/** Rounds a euro value to cents, half away from zero, after removing IEEE float noise. */
export const eurosToCents = (euros: number): Cents => {
  // toPrecision(15) drops the binary noise Excel arithmetic leaves (1234.5600000000002, 1.005 → 100.499…).
  const scaled = Number((Math.abs(euros) * 100).toPrecision(15));
  const cents = Math.round(scaled);
  // Excel noise such as -1e-15 rounds to 0, which must stay +0 (a -0 would print as "-0,00 €").
  return euros < 0 && cents !== 0 ? -cents : cents;
};

export const centsToEuros = (cents: Cents): number => cents / 100;
