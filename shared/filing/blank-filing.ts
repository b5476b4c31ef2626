import { programmeText } from "../programme/render-text";
import { districtName, stadtteilhausName, traegerName } from "../programme/stammdaten";
import { emptyJahresbericht, emptyVerwendungsnachweis } from "./empty-filing";
import type { FilingMeta } from "./filing";
import type { Jahresbericht } from "./jahresbericht";
import type { Verwendungsnachweis } from "./verwendungsnachweis";

/** The Berichtszeitraum of a whole reporting year, as a new Jahresbericht states it. */
export const berichtszeitraum = (year: number): string => `01.01.${year} – 31.12.${year}`;

/** A blank Verwendungsnachweis with the head filled from meta and Stammdaten. */
export const blankVerwendungsnachweis = (meta: FilingMeta): Verwendungsnachweis => {
  const traeger = traegerName(meta.programmeId, meta.traegerId);
  const data = emptyVerwendungsnachweis();
  data.kopf = {
    ...data.kopf,
    absender: traeger,
    stadtteilhaus: stadtteilhausName(meta.programmeId, meta.districtId),
    jahr: meta.year,
    traegerName: traeger,
  };
  return data;
};

/** A blank Jahresbericht with Organisation and Gegenstand filled from meta and Stammdaten. */
export const blankJahresbericht = (meta: FilingMeta): Jahresbericht => {
  const data = emptyJahresbericht();
  data.organisation.nameRechtsform = traegerName(meta.programmeId, meta.traegerId);
  data.gegenstand = {
    ...data.gegenstand,
    stadtteilhaus: stadtteilhausName(meta.programmeId, meta.districtId),
    berichtszeitraum: berichtszeitraum(meta.year),
    name: `${programmeText(meta, "gegenstand")} ${districtName(meta.programmeId, meta.districtId)}`,
  };
  return data;
};
