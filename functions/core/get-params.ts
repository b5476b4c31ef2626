import { defaultProgramParams, type ProgramParams } from "../../shared/filing/program-params";
import type { ServiceDeps } from "./service-deps";

/** The year's latest stored program parameters, or the Fachkonzept defaults when none are stored. */
export const getParams = async (year: number, deps: Pick<ServiceDeps, "store">): Promise<ProgramParams> =>
  (await deps.store.getParams(year))?.params ?? defaultProgramParams(year);
