import type { Role } from "../domain/lifecycle";
import { findProgramme } from "./programmes";

/** The neutral names of the roles, where a pack names none (or no programme is known yet). */
export const NEUTRAL_ROLE_LABELS: Readonly<Record<Role, string>> = {
  traeger: "Träger",
  koordinierung: "Koordinierungsstelle",
  leitung: "Leitung",
};

/** A role's name in a programme, as its pack writes it (`texte.rollen`): „Stabsstellenleitung“. */
export const roleLabel = (programmeId: string | undefined, role: Role): string =>
  (programmeId === undefined ? undefined : findProgramme(programmeId)?.texte.rollen?.[role]) ??
  NEUTRAL_ROLE_LABELS[role];
