import { districtName, traegerName } from "../programme/stammdaten";
import { FILING_KIND_LABELS, type Filing } from "../filing/filing";
import { formOf } from "../filing/forms";

/**
 * What identifies a printed page in the city's file: kind, year, Träger and Stadtteil, e.g.
 * "Verwendungsnachweis 2025 · AWO Kreisverband Lüneburg e. V. · Stadtteil Kaltenmoor". Names come
 * from the Stammdaten by the workbook's meta, so a blank template is labelled as well.
 */
export const printIdentity = (filing: Filing): string => {
  const { programmeId, traegerId, districtId, year } = filing.meta;
  const known = traegerName(programmeId, traegerId);
  const traeger =
    known !== traegerId
      ? known
      : formOf(filing.kind)
          .typedTraeger(filing.data as never)
          .trim() || traegerId;
  return `${FILING_KIND_LABELS[filing.kind]} ${year} · ${traeger} · Stadtteil ${districtName(programmeId, districtId)}`;
};
