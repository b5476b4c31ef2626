import { districtName, traegerName } from "../programme/stammdaten";
import { FILING_KIND_LABELS, type Filing } from "../filing/filing";

/** The Träger as the filing names it, for ids the Stammdaten do not know. */
const typedTraeger = (filing: Filing): string =>
  filing.kind === "verwendungsnachweis"
    ? filing.data.kopf.traegerName
    : filing.data.organisation.nameRechtsform;

/**
 * What identifies a printed page in the city's file: kind, year, Träger and Stadtteil, e.g.
 * "Verwendungsnachweis 2025 · AWO Kreisverband Lüneburg e. V. · Stadtteil Kaltenmoor". Names come
 * from the Stammdaten by the workbook's meta, so a blank template is labelled as well.
 */
export const printIdentity = (filing: Filing): string => {
  const { programmeId, traegerId, districtId, year } = filing.meta;
  const known = traegerName(programmeId, traegerId);
  const traeger = known !== traegerId ? known : typedTraeger(filing).trim() || traegerId;
  return `${FILING_KIND_LABELS[filing.kind]} ${year} · ${traeger} · Stadtteil ${districtName(programmeId, districtId)}`;
};
