import { defaultProgramParams } from "../shared/programme/params-for-year";
import { LEGACY_PROGRAMME_ID, PROGRAMMES } from "../shared/programme/programmes";
import { programmeText } from "../shared/programme/render-text";
import type { Principal } from "../functions/core/principal";

/**
 * The demo's home programme first (the one `npm start` seeds): its users get the plain names
 * (`awo`, `koordinierung`), so the README's curl and the tests keep working.
 */
const ORDERED = [
  ...PROGRAMMES.filter((p) => p.id === LEGACY_PROGRAMME_ID),
  ...PROGRAMMES.filter((p) => p.id !== LEGACY_PROGRAMME_ID),
];

/**
 * Demo users of the local server, one per programme and role and one per programme and Träger
 * that has a Stadtteil: a
 * Träger id means something only inside its programme (`awo` of one pack is another association than
 * `awo` of the next). A name another programme already took gets `@<programme>` (`awo@<programme>`,
 * `koordinierung@<programme>`). Names are invented roles, not people.
 */
const build = (): Record<string, Principal> => {
  const users: Record<string, Principal> = {};
  const add = (name: string, programmeId: string, user: Omit<Principal, "sub" | "programmeIds">) => {
    const key = Object.hasOwn(users, name) ? `${name}@${programmeId}` : name;
    users[key] = { sub: `dev-${key}`, ...user, programmeIds: [programmeId] };
  };
  ORDERED.forEach((p, i) => {
    // Only Träger with a Stadtteil (own or in a tandem) in the demo's reporting year: one without
    // could sign in and do nothing at all.
    const { zuordnungen } = defaultProgramParams({ programmeId: p.id, year: new Date().getFullYear() - 1 });
    const usable = (id: string) => zuordnungen.some((z) => z.traegerId === id || z.tandem === id);
    for (const t of p.traeger.filter((t) => usable(t.id)))
      add(t.id, p.id, { name: `Sachbearbeitung ${t.name}`, role: "traeger", traegerId: t.id });
    // The pack names its offices; another programme's staff also say which programme they are for,
    // in the audit trail too.
    const of = i === 0 ? "" : ` – ${p.name}`;
    const office = (key: "koordinierungsstelle" | "leitung") =>
      `${programmeText({ programmeId: p.id }, key)}${of}`;
    add("koordinierung", p.id, { name: office("koordinierungsstelle"), role: "koordinierung" });
    add("leitung", p.id, { name: office("leitung"), role: "leitung" });
  });
  return users;
};

export const DEV_USERS: Record<string, Principal> = build();

/** Own keys only: "toString" or "__proto__" are no users (they found Object.prototype's members). */
export const devUser = (user: string): Principal | undefined =>
  Object.hasOwn(DEV_USERS, user) ? DEV_USERS[user] : undefined;

/** The demo user's name of a role or Träger in a programme, e.g. for tests across programmes. */
export const devUserName = (programmeId: string, roleOrTraegerId: string): string => {
  const hit = Object.entries(DEV_USERS).find(
    ([, p]) =>
      p.programmeIds.includes(programmeId) &&
      (p.role === "traeger" ? p.traegerId === roleOrTraegerId : p.role === roleOrTraegerId),
  );
  if (!hit) throw new Error(`Kein Demo-Benutzer „${roleOrTraegerId}“ im Förderprogramm „${programmeId}“`);
  return hit[0];
};
