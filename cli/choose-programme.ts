import { PROGRAMMES, type Programme } from "../shared/programme";
import { CliError } from "./cli-error";

const known = () => PROGRAMMES.map((p) => `${p.id} (${p.name})`).join(", ");

/**
 * The programme a template is for: the one named with --programme, else the one whose Stammdaten
 * know the district (Stadtteile differ between programmes), else the only one there is.
 */
export const chooseProgramme = (explicit: string | undefined, districtId: string | undefined): Programme => {
  if (explicit !== undefined) {
    const programme = PROGRAMMES.find((p) => p.id === explicit);
    if (!programme) throw new CliError(`Unbekanntes Förderprogramm „${explicit}“. Bekannt: ${known()}.`);
    return programme;
  }
  const candidates =
    PROGRAMMES.length === 1
      ? PROGRAMMES
      : PROGRAMMES.filter((p) => p.districts.some((d) => d.id === districtId));
  if (candidates.length === 1) return candidates[0]!;
  throw new CliError(
    `Bitte das Förderprogramm mit --programme angeben${districtId ? ` (der Stadtteil „${districtId}“ passt zu ${candidates.length === 0 ? "keinem" : "mehreren"} Programmen)` : ""}. Bekannt: ${known()}.`,
  );
};
