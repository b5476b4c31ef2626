import type { ProgrammeSummary } from "../../shared/api/api-schemas";
import { PROGRAMMES } from "../../shared/programme/programmes";
import type { Principal } from "./principal";
import { inProgramme } from "./programme-access";

/**
 * What a client needs of each programme pack of the caller's login (none for a login without
 * programmes); the year's parameters come from the params route.
 */
export const listProgrammes = (principal: Principal): ProgrammeSummary[] =>
  PROGRAMMES.filter((p) => inProgramme(principal, p.id)).map((p) => ({
    id: p.id,
    name: p.name,
    zuwendungsgeber: p.zuwendungsgeber,
    forms: p.forms,
    traeger: p.traeger,
    districts: p.districts,
  }));
