import type { VerwendungsnachweisFiling } from "../shared/filing/filing";

/** A corrected resubmission: a different Begründung-free change that keeps every rule satisfied. */
export const demoCorrection = (filing: VerwendungsnachweisFiling): VerwendungsnachweisFiling => {
  const corrected = structuredClone(filing);
  corrected.data.personal.zeilen[1]!.verguetungsgruppe = "TVöD SuE S 12";
  corrected.data.budget.zeilen[2]!.beschreibung = "Honorare Beteiligungswerkstatt (Jugendforum)";
  return corrected;
};
