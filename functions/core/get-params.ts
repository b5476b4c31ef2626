import { defaultProgramParams } from "../../shared/programme/params-for-year";
import type { ProgramParams, ProgrammeYear } from "../../shared/programme/program-params";
import { findProgramme } from "../../shared/programme/programmes";
import { NotFoundError } from "./errors";
import type { ServiceDeps } from "./service-deps";

/** A programme id from a request that no pack defines is "not found", never a crash further down. */
export const requireProgramme = (programmeId: string): void => {
  if (!findProgramme(programmeId)) throw new NotFoundError("Dieses Förderprogramm gibt es nicht.");
};

/** The year's latest stored program parameters, or the programme pack's when none are stored. */
export const getParams = async (
  at: ProgrammeYear,
  deps: Pick<ServiceDeps, "store">,
): Promise<ProgramParams> => {
  requireProgramme(at.programmeId);
  return (await deps.store.getParams(at))?.params ?? defaultProgramParams(at);
};
