import type { Filing } from "../../shared/filing/filing";
import { LEGACY_PROGRAMME_ID, PROGRAMMES, programmeById } from "../../shared/programme/programmes";

/**
 * The first programme's own words – its name, its city, its budget's name, its offices – and the
 * second programme a test renders without them (tests/programmes/programme-*.test.ts).
 */
export const first = programmeById(LEGACY_PROGRAMME_ID);
export const second = PROGRAMMES.find((p) => p.id !== LEGACY_PROGRAMME_ID)!;
const city = first.zuwendungsgeber.split(" ").at(-1)!;
export const FIRST_WORDS = [
  first.name,
  city,
  first.zuwendungsgeber,
  first.texte.gegenstand!,
  first.texte.budgetName!,
  first.texte.leitung!,
  first.texte.koordinierungsstelle!,
  first.texte.vorgangsstelle!,
  first.texte.rollen!.leitung!,
  ...first.empfaenger.split(" · "),
];
export const leaks = (text: string) => FIRST_WORDS.filter((w) => text.includes(w));

export const zuordnung = second.defaults.zuordnungen.find(
  (z) => !second.districts.find((d) => d.id === z.districtId)?.durchStadt,
)!;
export const META = { programmeId: second.id, ...zuordnung, year: 2025 };

/**
 * A filing with every typed text that names the first programme replaced: what a Träger types
 * is theirs; only the product's own words are under test.
 */
export const neutral = <T extends Filing>(filing: T): T => {
  const scrub = (value: unknown): unknown => {
    if (typeof value === "string") return leaks(value).length ? "Eingetragener Text" : value;
    if (Array.isArray(value)) return value.map(scrub);
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v)]));
    return value;
  };
  return { ...filing, data: scrub(filing.data) } as T;
};
