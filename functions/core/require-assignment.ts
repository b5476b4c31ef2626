import type { FilingMeta } from "../../shared/filing/filing";
import type { ProgramParams } from "../../shared/programme/program-params";
import { districtName, isKnownTraeger, traegerName } from "../../shared/programme/stammdaten";
import { PROGRAMMES } from "../../shared/programme/programmes";
import { ForbiddenError } from "./errors";
import type { Principal } from "./principal";

/** A Träger token whose id no programme's Stammdaten list: signed, but for no one this API serves. */
export const requireKnownTraeger = (principal: Principal): void => {
  if (principal.role !== "traeger") return;
  if (!PROGRAMMES.some((p) => isKnownTraeger(p.id, principal.traegerId!)))
    throw new ForbiddenError("Dieser Träger ist in den Stammdaten keines Förderprogramms verzeichnet.");
};

/** A Träger of the programme's Stammdaten, checked before its parameters are loaded. */
export const requireProgrammeTraeger = (meta: FilingMeta): void => {
  if (!isKnownTraeger(meta.programmeId, meta.traegerId))
    throw new ForbiddenError("Dieser Träger ist in den Stammdaten des Förderprogramms nicht verzeichnet.");
};

/**
 * A Träger files only for a district assigned to it
 * in that year (params.zuordnungen) or one the Koordinierungsstelle recorded an Ausnahme for. The
 * rules VN-/JB-ZUORDNUNG still warn in the workbook; the API refuses.
 */
export const requireAssignment = (meta: FilingMeta, params: ProgramParams): void => {
  const { programmeId, traegerId, districtId, year } = meta;
  const matches = (z: { traegerId: string; districtId: string }) =>
    z.traegerId === traegerId && z.districtId === districtId;
  if (params.zuordnungen.some(matches) || params.ausnahmen.some(matches)) return;
  throw new ForbiddenError(
    `${traegerName(programmeId, traegerId)} ist im Förderjahr ${year} nicht für den Stadtteil ${districtName(programmeId, districtId)} zugeordnet. Eine Ausnahme kann die Koordinierungsstelle in den Programmparametern des Jahres eintragen.`,
  );
};
