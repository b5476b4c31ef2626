import { districtName, DISTRICTS, traegerName } from "../../shared/domain/stammdaten";
import type { FilingMeta, JahresberichtFiling, VerwendungsnachweisFiling } from "../../shared/filing/filing";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/filing/sample-filings";

const stadtteilhaus = (districtId: string) =>
  DISTRICTS.find((d) => d.id === districtId)?.stadtteilhaus ?? `Stadtteilbüro ${districtName(districtId)}`;

/** The sample Verwendungsnachweis, addressed to the given Träger and district (figures unchanged). */
export const demoVerwendungsnachweis = (meta: FilingMeta): VerwendungsnachweisFiling => {
  const filing = sampleVerwendungsnachweis(meta);
  const name = traegerName(meta.traegerId);
  filing.data.kopf = {
    ...filing.data.kopf,
    absender: name,
    traegerName: name,
    stadtteilhaus: stadtteilhaus(meta.districtId),
  };
  filing.data.budget.zeilen[0]!.beschreibung = `Stadtteilfest ${districtName(meta.districtId)}`;
  return filing;
};

/** The sample Jahresbericht, addressed to the given Träger and district. */
export const demoJahresbericht = (meta: FilingMeta): JahresberichtFiling => {
  const filing = sampleJahresbericht(meta);
  const name = traegerName(meta.traegerId);
  const haus = stadtteilhaus(meta.districtId);
  filing.data.organisation = { ...filing.data.organisation, nameRechtsform: name };
  filing.data.gegenstand = {
    ...filing.data.gegenstand,
    stadtteilhaus: haus,
    name: `Stadtteilmanagement ${districtName(meta.districtId)}`,
  };
  return filing;
};

/** A corrected resubmission: a different Begründung-free change that keeps every rule satisfied. */
export const demoCorrection = (filing: VerwendungsnachweisFiling): VerwendungsnachweisFiling => {
  const corrected = structuredClone(filing);
  corrected.data.personal.zeilen[1]!.verguetungsgruppe = "TVöD SuE S 12";
  corrected.data.budget.zeilen[2]!.beschreibung = "Honorare Beteiligungswerkstatt (Jugendforum)";
  return corrected;
};
