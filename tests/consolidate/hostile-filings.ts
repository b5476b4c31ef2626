import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";

/** Texts a Träger might type that a spreadsheet would take for a formula if written carelessly. */
export const HOSTILE = {
  name: "=1+1",
  vorname: "+49 4131 0",
  qualifikation: "-Sozialarbeit",
  verguetungsgruppe: "@TVöD",
  budget: '=HYPERLINK("http://example.org","klick")',
  zielgruppe: "=SUM(1,2)",
  angebot: "+Kinder",
  wirkung: "-2 Konflikte",
  abgleich: "@Planung",
} as const;

/** A volunteer named with a full name in 3.2 and again as „Verantwortlich“ in 3.5. */
export const VOLUNTEER = "Anna Schmidt";

export const hostileFilings = (year: number) => {
  const meta = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year };
  const vn = sampleVerwendungsnachweis(meta);
  const row = vn.data.personal.zeilen[0]!;
  Object.assign(row, {
    name: HOSTILE.name,
    vorname: HOSTILE.vorname,
    qualifikation: HOSTILE.qualifikation,
    verguetungsgruppe: HOSTILE.verguetungsgruppe,
  });
  vn.data.budget.zeilen[0]!.beschreibung = HOSTILE.budget;
  const jb = sampleJahresbericht(meta);
  jb.data.loesungsansaetze[0]!.zielgruppe = HOSTILE.zielgruppe;
  jb.data.angebote[0]!.bezeichnung = HOSTILE.angebot;
  jb.data.angebote[1]!.verantwortlich = VOLUNTEER;
  jb.data.wirkungen[0]!.wirkung = HOSTILE.wirkung;
  jb.data.abgleich.deckungsgleich = HOSTILE.abgleich;
  jb.data.personelleRessourcen[2]!.bezeichnung = VOLUNTEER;
  return { vn, jb };
};
