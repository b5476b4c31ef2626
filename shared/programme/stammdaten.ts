import { findProgramme } from "./programmes";

/**
 * Names from a programme's Stammdaten for ids in filings. An id the Stammdaten do not know (a
 * Träger added later, a typo in an old workbook) is shown as it is rather than failing.
 */
export const traegerName = (programmeId: string, traegerId: string): string =>
  findProgramme(programmeId)?.traeger.find((t) => t.id === traegerId)?.name ?? traegerId;

export const districtName = (programmeId: string, districtId: string): string =>
  findProgramme(programmeId)?.districts.find((d) => d.id === districtId)?.name ?? districtId;

/** The district's Stadtteilhaus/-büro; for a district the Stammdaten do not know, its name. */
export const stadtteilhausName = (programmeId: string, districtId: string): string =>
  findProgramme(programmeId)?.districts.find((d) => d.id === districtId)?.stadtteilhaus ??
  districtName(programmeId, districtId);

/** Districts where the city runs Stadtteilmanagement itself: no grant, so no Verwendungsnachweis. */
export const isRunByCity = (programmeId: string, districtId: string): boolean =>
  findProgramme(programmeId)?.districts.find((d) => d.id === districtId)?.durchStadt === true;

/**
 * Why no Verwendungsnachweis can be filed for this district, in German, or undefined when one can:
 * the template, the upload and the API refuse it with these words.
 */
export const verwendungsnachweisRefusal = (programmeId: string, districtId: string): string | undefined =>
  isRunByCity(programmeId, districtId)
    ? `Im Stadtteil ${districtName(programmeId, districtId)} arbeitet die ${findProgramme(programmeId)?.zuwendungsgeber ?? "Stadt"} mit eigenem Personal: es fließt kein Zuschuss, daher wird hier kein Verwendungsnachweis eingereicht, nur der Jahresbericht. Bitte den Jahresbericht wählen oder den Stadtteil prüfen.`
    : undefined;

export const isKnownTraeger = (programmeId: string, traegerId: string): boolean =>
  findProgramme(programmeId)?.traeger.some((t) => t.id === traegerId) === true;

export const isKnownDistrict = (programmeId: string, districtId: string): boolean =>
  findProgramme(programmeId)?.districts.some((d) => d.id === districtId) === true;
