import { districtName, stadtteilhausName, traegerName } from "../programme/stammdaten";
import { emptyJahresbericht, emptyVerwendungsnachweis } from "./empty-filing";
import type { Filing, FilingKind, FilingMeta } from "./filing";

/** The Berichtszeitraum of a whole reporting year, as a new Jahresbericht states it. */
export const berichtszeitraum = (year: number): string => `01.01.${year} – 31.12.${year}`;

/** A filing with only the head filled from meta and Stammdaten: the content of a blank template. */
export const blankFiling = (kind: FilingKind, meta: FilingMeta): Filing => {
  const traeger = traegerName(meta.programmeId, meta.traegerId);
  if (kind === "verwendungsnachweis") {
    const data = emptyVerwendungsnachweis();
    data.kopf = {
      ...data.kopf,
      absender: traeger,
      stadtteilhaus: stadtteilhausName(meta.programmeId, meta.districtId),
      jahr: meta.year,
      traegerName: traeger,
    };
    return { kind, meta, data };
  }
  const data = emptyJahresbericht();
  data.organisation.nameRechtsform = traeger;
  data.gegenstand = {
    ...data.gegenstand,
    stadtteilhaus: stadtteilhausName(meta.programmeId, meta.districtId),
    berichtszeitraum: berichtszeitraum(meta.year),
    name: `Stadtteilmanagement ${districtName(meta.programmeId, meta.districtId)}`,
  };
  return { kind, meta, data };
};
