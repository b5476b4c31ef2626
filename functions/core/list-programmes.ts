import type { ProgrammeSummary } from "../../shared/api/api-schemas";
import { PROGRAMMES } from "../../shared/programme/programmes";

/** What a client needs of each programme pack; the year's parameters come from the params route. */
export const listProgrammes = (): ProgrammeSummary[] =>
  PROGRAMMES.map((p) => ({
    id: p.id,
    name: p.name,
    zuwendungsgeber: p.zuwendungsgeber,
    forms: p.forms,
    traeger: p.traeger,
    districts: p.districts,
  }));
