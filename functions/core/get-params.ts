import { defaultProgramParams } from "../../shared/programme/params-for-year";
import type { ProgramParams, ProgrammeYear } from "../../shared/programme/program-params";
import type { ServiceDeps } from "./service-deps";

/** The year's latest stored program parameters, or the programme pack's when none are stored. */
export const getParams = async (
  at: ProgrammeYear,
  deps: Pick<ServiceDeps, "store">,
): Promise<ProgramParams> => (await deps.store.getParams(at))?.params ?? defaultProgramParams(at);
