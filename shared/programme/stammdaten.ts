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

export const isKnownTraeger = (programmeId: string, traegerId: string): boolean =>
  findProgramme(programmeId)?.traeger.some((t) => t.id === traegerId) === true;

export const isKnownDistrict = (programmeId: string, districtId: string): boolean =>
  findProgramme(programmeId)?.districts.some((d) => d.id === districtId) === true;
