import type { FilingMeta } from "../../shared/filing/filing";
import type { ProgramParams } from "../../shared/programme/program-params";
import { isAssigned } from "../../shared/rules/zuordnung";
import { districtName, isKnownTraeger, traegerName } from "../../shared/programme/stammdaten";
import { ForbiddenError } from "./errors";
import type { Principal } from "./principal";
import { inProgramme, programmeForbidden, programmesOf } from "./programme-access";

/**
 * A Träger token whose id the Stammdaten of none of its programmes list (or that names no
 * programme): signed, but for no one this API serves – 403 on every route.
 */
export const requireKnownTraeger = (principal: Principal): void => {
  if (principal.role !== "traeger") return;
  if (principal.programmeIds.length === 0) throw programmeForbidden(principal, "");
  if (programmesOf(principal).length === 0)
    throw new ForbiddenError(
      "Dieser Träger ist in den Stammdaten keines der Förderprogramme seiner Anmeldung verzeichnet. Bitte die Koordinierungsstelle bitten, die Träger-Kennung in den Stammdaten oder der Anmeldung zu berichtigen.",
    );
};

/**
 * A filing of one of the caller's programmes, by a Träger of that programme's Stammdaten – checked
 * before its parameters are loaded. The same Träger id in another programme is another Träger.
 */
export const requireProgrammeTraeger = (meta: FilingMeta, principal: Principal): void => {
  if (!inProgramme(principal, meta.programmeId)) throw programmeForbidden(principal, meta.programmeId);
  if (!isKnownTraeger(meta.programmeId, meta.traegerId))
    throw new ForbiddenError("Dieser Träger ist in den Stammdaten des Förderprogramms nicht verzeichnet.");
};

/**
 * A Träger files only for a district assigned to it in that year (params.zuordnungen) or one the
 * Koordinierungsstelle recorded an Ausnahme for – the predicate of the rules VN-/JB-ZUORDNUNG,
 * which say the same in the workbook before submit; the API refuses.
 */
export const requireAssignment = (meta: FilingMeta, params: ProgramParams): void => {
  const { programmeId, traegerId, districtId, year } = meta;
  if (isAssigned(meta, params)) return;
  throw new ForbiddenError(
    `${traegerName(programmeId, traegerId)} ist im Förderjahr ${year} nicht für den Stadtteil ${districtName(programmeId, districtId)} zugeordnet. Eine Ausnahme kann die Koordinierungsstelle in den Programmparametern des Jahres eintragen.`,
  );
};
