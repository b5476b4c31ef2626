import { belegnummernOf } from "../../functions/core/belegnummern-of";
import { koordinierungOnFiling, PROGRAMME_MEMBERS, signedIn } from "./support/authz-callers";
import { shared, sharedId } from "./support/authz-state";
import { runAuthzMatrix } from "./support/run-authz-matrix";

const lueneburg2025 = { params: { programmeId: "stadtteilmanagement", year: 2025 } };

runAuthzMatrix("pruefung", [
  { route: "listZahlungen", request: () => lueneburg2025, expected: PROGRAMME_MEMBERS },
  {
    route: "addZahlung",
    request: () => ({
      ...lueneburg2025,
      body: {
        traegerId: "awo",
        districtId: "kaltenmoor",
        vorgang: { typ: "auszahlung", art: "abschlag", datum: "2025-03-01", betrag: 25_000_00 },
      },
    }),
    expected: { ...signedIn(403), koordinierung: 201 },
  },
  {
    route: "requestStichprobe",
    // Two Belege of the shared filing's own Belegliste; a request changes no status, so cells stay apart.
    request: () => ({
      params: { id: sharedId, version: 1 },
      body: { belegnummern: belegnummernOf(shared).slice(0, 2), faelligAm: "2040-03-15" },
    }),
    expected: koordinierungOnFiling(201),
  },
]);
