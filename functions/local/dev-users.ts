import { PROGRAMMES } from "../../shared/programme/programmes";
import type { Principal } from "../core/principal";

/** Demo users of the local server. Names are invented roles, not people. */
const STAFF: Record<string, Principal> = {
  koordinierung: {
    sub: "dev-koordinierung",
    name: "Koordinierungsstelle Stadtteilarbeit",
    role: "koordinierung",
    programmeIds: [],
  },
  leitung: { sub: "dev-leitung", name: "Stabsstellenleitung 05", role: "leitung", programmeIds: [] },
};

/** One Träger user per Träger, addressed by its id ("awo", "caritas", …). */
const traegerUser = (id: string, name: string): Principal => ({
  sub: `dev-${id}`,
  name: `Sachbearbeitung ${name}`,
  role: "traeger",
  programmeIds: [],
  traegerId: id,
});

export const DEV_USERS: Record<string, Principal> = {
  // A Träger may take part in several programmes; it signs in once, as itself.
  ...Object.fromEntries(PROGRAMMES.flatMap((p) => p.traeger).map((t) => [t.id, traegerUser(t.id, t.name)])),
  ...STAFF,
};

/** Own keys only: "toString" or "__proto__" are no users (they found Object.prototype's members). */
export const devUser = (user: string): Principal | undefined =>
  Object.hasOwn(DEV_USERS, user) ? DEV_USERS[user] : undefined;
