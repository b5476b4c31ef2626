import { defaultProgramParams } from "../../../shared/programme/params-for-year";
import { PROGRAMME_MEMBERS, signedIn } from "./authz-callers";
import type { AuthzRow } from "./authz-row";
import type { World } from "./authz-world";

const ofYear = (w: World) => ({ params: { programmeId: w.programmeId, year: w.year } });
const staff = { ...signedIn(403), koordinierung: 200, leitung: 200 };

export const PROGRAMME_ROWS: AuthzRow[] = [
  { route: "listProgrammes", request: () => ({}), expected: signedIn(200) },
  { route: "getParams", request: ofYear, expected: PROGRAMME_MEMBERS },
  {
    route: "putParams",
    request: (w) => ({
      params: { programmeId: w.programmeId, year: 2031 },
      body: defaultProgramParams({ programmeId: w.programmeId, year: 2031 }),
    }),
    expected: { ...signedIn(403), koordinierung: 200 },
  },
  { route: "getConsolidatedWorkbook", request: ofYear, expected: staff },
  { route: "getYearPublication", request: ofYear, expected: staff },
  { route: "getOpenApi", request: () => ({}), expected: { ...signedIn(200), anonymous: 200 } },
];
