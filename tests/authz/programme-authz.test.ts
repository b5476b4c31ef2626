import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { PROGRAMME_MEMBERS, signedIn } from "./support/authz-callers";
import { runAuthzMatrix } from "./support/run-authz-matrix";

const lueneburg2025 = { params: { programmeId: "stadtteilmanagement", year: 2025 } };
const staff = { ...signedIn(403), koordinierung: 200, leitung: 200 };

runAuthzMatrix("programme", [
  { route: "listProgrammes", request: () => ({}), expected: signedIn(200) },
  { route: "getParams", request: () => lueneburg2025, expected: PROGRAMME_MEMBERS },
  {
    route: "putParams",
    request: () => ({
      params: { programmeId: "stadtteilmanagement", year: 2031 },
      body: defaultProgramParams({ programmeId: "stadtteilmanagement", year: 2031 }),
    }),
    expected: { ...signedIn(403), koordinierung: 200 },
  },
  { route: "getConsolidatedWorkbook", request: () => lueneburg2025, expected: staff },
  { route: "getYearPublication", request: () => lueneburg2025, expected: staff },
  { route: "getOpenApi", request: () => ({}), expected: { ...signedIn(200), anonymous: 200 } },
]);
