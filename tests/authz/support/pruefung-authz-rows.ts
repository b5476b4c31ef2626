import { belegnummernOf } from "../../../functions/core/belegnummern-of";
import { koordinierungOnFiling, PROGRAMME_MEMBERS, signedIn } from "./authz-callers";
import type { AuthzRow } from "./authz-row";
import type { World } from "./authz-world";

const ofYear = (w: World) => ({ params: { programmeId: w.programmeId, year: w.year } });

export const PRUEFUNG_ROWS: AuthzRow[] = [
  { route: "listZahlungen", request: ofYear, expected: PROGRAMME_MEMBERS },
  {
    route: "addZahlung",
    request: (w) => ({
      ...ofYear(w),
      body: {
        traegerId: "awo",
        districtId: w.districtId,
        vorgang: { typ: "auszahlung", art: "abschlag", datum: "2025-03-01", betrag: 25_000_00 },
      },
    }),
    expected: { ...signedIn(403), koordinierung: 201 },
  },
  {
    route: "requestStichprobe",
    // Two Belege of the shared filing's own Belegliste; a request changes no status, so cells stay apart.
    request: (w) => ({
      params: { id: w.sharedId, version: 1 },
      body: { belegnummern: belegnummernOf(w.shared).slice(0, 2), faelligAm: "2040-03-15" },
    }),
    expected: koordinierungOnFiling(201),
  },
];
