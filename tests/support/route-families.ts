import { FILING_ROUTES } from "../../shared/api/filing-routes";
import { PROGRAMME_ROUTES } from "../../shared/api/programme-routes";
import { PRUEFUNG_ROUTES } from "../../shared/api/pruefung-routes";
import { RECORDS_ROUTES } from "../../shared/api/records-routes";
import type { RouteDefinition } from "../../shared/api/route-definition";
import { ROUTES } from "../../shared/api/routes";

/** The families of shared/api/<family>-routes.ts: matrix tests keep one file per family. */
export type RouteFamily = "filing" | "programme" | "records" | "pruefung";

const FAMILIES: Record<RouteFamily, readonly RouteDefinition[]> = {
  filing: FILING_ROUTES,
  programme: PROGRAMME_ROUTES,
  records: RECORDS_ROUTES,
  pruefung: PRUEFUNG_ROUTES,
};

const idsOf = (routes: readonly RouteDefinition[]) => new Set(routes.map((r) => r.id));

/** The route ids of one family. */
export const familyRouteIds = (family: RouteFamily): Set<string> => idsOf(FAMILIES[family]);

/** The route ids of all families together: what a matrix split by family must add up to. */
export const allFamiliesRouteIds = (): Set<string> => idsOf(Object.values(FAMILIES).flat());

/** Every route id of the route table. */
export const allRouteIds = (): Set<string> => idsOf(ROUTES);
