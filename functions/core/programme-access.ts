import { findProgramme } from "../../shared/programme/programmes";
import { isKnownTraeger } from "../../shared/programme/stammdaten";
import { ForbiddenError } from "./errors";
import { requireProgramme } from "./get-params";
import type { Principal } from "./principal";

/**
 * The programmes a login may act in: those its token names that a pack defines – and, for a Träger,
 * whose Stammdaten list its id. A Träger id is only unique inside one programme, so a Träger token
 * is always read together with its programmes, never on its own.
 */
export const programmesOf = (principal: Principal): string[] =>
  principal.programmeIds.filter(
    (id) =>
      findProgramme(id) !== undefined &&
      (principal.role !== "traeger" || isKnownTraeger(id, principal.traegerId!)),
  );

export const inProgramme = (principal: Principal, programmeId: string): boolean =>
  programmesOf(principal).includes(programmeId);

const programmeName = (id: string) => findProgramme(id)?.name ?? id;

/** German 403 that says which programmes the login is for and whom to ask. */
export const programmeForbidden = (principal: Principal, programmeId: string): ForbiddenError => {
  const own = programmesOf(principal);
  return new ForbiddenError(
    own.length === 0
      ? "Diese Anmeldung ist keinem Förderprogramm zugeordnet (das Token nennt unter „programmes“ keines). Bitte die Verwaltung der Anmeldung bitten, das Förderprogramm einzutragen."
      : `Diese Anmeldung gilt nicht für das Förderprogramm „${programmeName(programmeId)}“, sondern für: ${own.map((id) => `„${programmeName(id)}“`).join(", ")}. Für ein weiteres Programm bitte die Verwaltung der Anmeldung fragen.`,
  );
};

/**
 * A programme-wide request (a list, the parameters, a consolidation, a year's publication): an
 * unknown programme is 404 as before, another programme than the login's 403.
 */
export const requireProgrammeAccess = (principal: Principal, programmeId: string): void => {
  requireProgramme(programmeId);
  if (!inProgramme(principal, programmeId)) throw programmeForbidden(principal, programmeId);
};
