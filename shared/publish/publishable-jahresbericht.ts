import type { Jahresbericht } from "../filing/jahresbericht";

/** What stands elsewhere in the published report (say as „Verantwortlich“ in 3.5) instead of a volunteer's name. */
export const volunteerPseudonym = (n: number) => `Ehrenamtliche Person ${n}`;

/** A volunteer's entry in 3.2, whose group column already says „Ehrenamtliche“ (not twice, as it printed). */
export const volunteerRowName = (n: number) => `Person ${n}`;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The Jahresbericht as it may be published (Anlage 1: Ehrenamtliche "keine Klarnamen"). The safe
 * option: EVERY entry of the group Ehrenamtliche is replaced by "Person n" – not only
 * those rule JB-EHRENAMT-KLARNAME flags, since that rule only guesses (it misses "anna schmidt",
 * "Schmidt, Anna" or a single first name). Where such an entry's text also appears elsewhere in the
 * report (say as "Verantwortlich" in 3.5), it is replaced there too („Ehrenamtliche Person n“). Hours and activities stay.
 */
export const publishableJahresbericht = (jb: Jahresbericht): Jahresbericht => {
  const copy = JSON.parse(JSON.stringify(jb)) as Jahresbericht;
  const replacements: [RegExp, string][] = [];
  let n = 0;
  for (const row of copy.personelleRessourcen) {
    if (row.gruppe !== "ehrenamtliche") continue;
    const pseudonym = volunteerPseudonym(++n);
    const name = row.bezeichnung.trim();
    // Very short entries ("NH") would match inside ordinary words; they are initials already.
    if (name.length >= 3) replacements.push([new RegExp(escapeRegExp(name), "giu"), pseudonym]);
    row.bezeichnung = volunteerRowName(n);
  }
  if (replacements.length === 0) return copy;
  // Longest names first, so "Anna Schmidt" goes before "Anna".
  replacements.sort((a, b) => b[0].source.length - a[0].source.length);
  const scrub = (value: unknown): unknown => {
    if (typeof value === "string") return replacements.reduce((t, [re, p]) => t.replace(re, p), value);
    if (Array.isArray(value)) return value.map(scrub);
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v)]));
    return value;
  };
  return scrub(copy) as Jahresbericht;
};
