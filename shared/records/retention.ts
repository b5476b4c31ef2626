/**
 * Aufbewahrungsfrist: a filing is kept until the 31.12. of its Förderjahr plus the programme's
 * `aufbewahrungJahre` (Verwendungsnachweis: „mindestens zehn Jahre zu Prüfungszwecken“). Dates as
 * ISO days; the day after is the first on which anything may be redacted.
 */
export const retentionUntil = (year: number, aufbewahrungJahre: number): string =>
  `${year + aufbewahrungJahre}-12-31`;

/** „31.12.2035“ */
export const formatIsoDay = (day: string): string => day.split("-").reverse().join(".");

/**
 * True once the last day of the period has passed, counted in UTC: Berlin's new year begins an hour
 * or two before UTC's, so this errs on the side of keeping, never of redacting early.
 */
export const retentionOver = (until: string, now: Date): boolean => now.toISOString().slice(0, 10) > until;
