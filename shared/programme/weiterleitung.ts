import { findProgramme } from "./programmes";

/**
 * The words of the last review step, which names the office the filing goes to („51.12“ in
 * Lüneburg, `texte.vorgangsstelle`). Where no programme is known, or its pack names no office, the
 * step is „zum Vorgang weitergeleitet“: no office of one programme ever stands in another's texts.
 */
export interface WeiterleitungWords {
  /** The status once forwarded: „an 51.12 weitergeleitet“. */
  status: string;
  /** The review action as recorded: „an 51.12 zum Vorgang weitergeleitet“. */
  action: string;
  /** The pane's button: „An 51.12 weiterleiten“. */
  button: string;
  /** The Prüfung's date line: „An 51.12 zum Vorgang am“. */
  datum: string;
  /** What the Leitung's note of it enables: „den Vorgang an 51.12 weiterleiten“. */
  weiterleiten: string;
  /** The confirmation's consequence: „Der Vorgang geht an 51.12 …“. */
  abschluss: string;
}

const NEUTRAL: WeiterleitungWords = {
  status: "zum Vorgang weitergeleitet",
  action: "zum Vorgang weitergeleitet",
  button: "Zum Vorgang weiterleiten",
  datum: "Zum Vorgang weitergeleitet am",
  weiterleiten: "den Vorgang weiterleiten",
  abschluss: "Der Vorgang wird weitergeleitet",
};

/** The office a programme's filings go to at the end, where its pack names one. */
export const vorgangsstelle = (programmeId: string | undefined): string | undefined =>
  programmeId === undefined ? undefined : findProgramme(programmeId)?.texte.vorgangsstelle;

export const weiterleitungWords = (programmeId: string | undefined): WeiterleitungWords => {
  const stelle = vorgangsstelle(programmeId);
  if (stelle === undefined) return NEUTRAL;
  return {
    status: `an ${stelle} weitergeleitet`,
    action: `an ${stelle} zum Vorgang weitergeleitet`,
    button: `An ${stelle} weiterleiten`,
    datum: `An ${stelle} zum Vorgang am`,
    weiterleiten: `den Vorgang an ${stelle} weiterleiten`,
    abschluss: `Der Vorgang geht an ${stelle}`,
  };
};
