import { all, runProgrammeMatrix, YEAR } from "./support/programme-matrix-harness";

const yearOf = (p: string) => ({ params: { programmeId: p, year: YEAR } });

runProgrammeMatrix("pruefung", [
  {
    route: "requestStichprobe",
    request: (id) => ({
      params: { id, version: 1 },
      body: { belegnummern: ["S-01"], faelligAm: "2026-03-15" },
    }),
    expected: { traeger: 403, koordinierung: 404, leitung: 403 },
    perFiling: true,
  },
  { route: "listZahlungen", request: yearOf, expected: all(403) },
  {
    route: "addZahlung",
    request: (p) => ({
      ...yearOf(p),
      body: {
        traegerId: "awo",
        districtId: "kaltenmoor",
        vorgang: { typ: "auszahlung", art: "abschlag", datum: "2025-03-01", betrag: 100 },
      },
    }),
    expected: all(403),
  },
]);
