import type { ProgrammeYear } from "../../shared/programme/program-params";
import { roleLabel } from "../../shared/programme/role-label";
import { ForbiddenError } from "./errors";
import { getParams } from "./get-params";
import type { Principal } from "./principal";
import { requireProgrammeAccess } from "./programme-access";
import type { ServiceDeps } from "./service-deps";
import { storeConsolidationSource } from "./store-consolidation-source";

/**
 * Only the city reads across Träger: the workbook holds every filing's staff names and salaries.
 * The refusal names the roles as the caller's programme does (its pack's `texte.rollen`).
 */
export const requireCityRole = (principal: Principal, what: string): void => {
  if (principal.role === "koordinierung" || principal.role === "leitung") return;
  const [programmeId] = principal.programmeIds;
  throw new ForbiddenError(
    `${what} ist den Rollen „${roleLabel(programmeId, "koordinierung")}“ und „${roleLabel(programmeId, "leitung")}“ vorbehalten.`,
  );
};

export interface ConsolidatedWorkbook {
  filename: string;
  body: Uint8Array;
}

/** The consolidated workbook of a programme's Förderjahr; `linkBase` is the web app's address for links. */
export const getConsolidatedWorkbook = async (
  principal: Principal,
  at: ProgrammeYear,
  linkBase: string | undefined,
  deps: ServiceDeps,
): Promise<ConsolidatedWorkbook> => {
  requireCityRole(principal, "Die konsolidierte Mappe");
  requireProgrammeAccess(principal, at.programmeId);
  const params = await getParams(at, deps);
  // Loaded on first use, like the other workbook routes: exceljs is most of a cold start.
  const { writeConsolidatedWorkbook } = await import("../../shared/xlsx/write-consolidated-workbook");
  const body = await writeConsolidatedWorkbook(storeConsolidationSource(params, deps), {
    ...(linkBase && { linkBase }),
  });
  return { filename: `konsolidiert-${at.programmeId}-${at.year}.xlsx`, body };
};
