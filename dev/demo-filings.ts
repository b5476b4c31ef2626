import type { VerwendungsnachweisFiling } from "../shared/filing/filing";
import { withDerivedFields } from "../shared/layout/derived-fields";
import { defaultProgramParams } from "../shared/programme/params-for-year";

/** A corrected resubmission: a different Begründung-free change that keeps every rule satisfied. */
export const demoCorrection = (filing: VerwendungsnachweisFiling): VerwendungsnachweisFiling => {
  const corrected = structuredClone(filing);
  corrected.data.personal.zeilen[1]!.verguetungsgruppe = "TVöD SuE S 12";
  corrected.data.budget.zeilen[2]!.beschreibung = "Honorare Beteiligungswerkstatt (Jugendforum)";
  return corrected;
};

/**
 * Kaltenmoor's answer to the query on line 2: regrouped, so Personalkosten 93.430,00 € – while the
 * Jahresbericht filed in between still states 83.334,56 € in 3.1, which the reviewer's view and the
 * consolidated „Befunde“ flag against this current version.
 */
export const demoAnswerWithHigherPersonalkosten = (
  filing: VerwendungsnachweisFiling,
): VerwendungsnachweisFiling => {
  const answer = structuredClone(filing);
  const [first, second] = answer.data.personal.zeilen;
  second!.verguetungsgruppe = "TVöD SuE S 12";
  const before = second!.personalkosten!;
  second!.personalkosten = 9_343_000 - first!.personalkosten!;
  // The Beleg of that salary carries the increase, so the Belegliste still proves the Personalkosten.
  const beleg = answer.data.belegliste.find((b) => b.kostenart === "personalkosten" && b.belegnr === "P-02");
  if (beleg?.betrag != null) beleg.betrag += second!.personalkosten - before;
  answer.data.schlussrechnung.begruendung = "Höhergruppierung (Zeile 2); Mehrkosten aus Eigenmitteln.";
  return withDerivedFields(answer, defaultProgramParams(answer.meta)) as VerwendungsnachweisFiling;
};
