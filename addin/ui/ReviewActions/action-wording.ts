import type { ReviewAction } from "../../../shared/domain/lifecycle";
import { roleLabel } from "../../../shared/programme/role-label";
import { weiterleitungWords } from "../../../shared/programme/weiterleitung";

export interface ActionWording {
  /** The button, as an action: „An 51.12 weiterleiten“. */
  button: string;
  /** What is recorded once done. */
  done: string;
  /** The consequence the confirmation names (none of the steps can be undone). */
  consequence: string;
}

/**
 * How the pane words a review step in the filing's programme: its roles and the office the last
 * step goes to as its pack names them (`texte.rollen`, `texte.vorgangsstelle`), neutral words where
 * the pack names none.
 */
export const actionWording = (programmeId: string | undefined, action: ReviewAction): ActionWording => {
  const traeger = roleLabel(programmeId, "traeger");
  const koordinierung = roleLabel(programmeId, "koordinierung");
  const leitung = roleLabel(programmeId, "leitung");
  const weiter = weiterleitungWords(programmeId);
  switch (action) {
    case "zurueckgeben":
      return {
        button: "Zurückgeben",
        done: "zurückgegeben",
        consequence: `Der ${traeger} erhält den Bericht mit Ihren Kommentaren zurück und muss eine neue Version einreichen. Die Rückgabe lässt sich nicht zurücknehmen.`,
      };
    case "pruefen":
      return {
        button: "Rechnerische Prüfung bestätigen",
        done: "rechnerische Richtigkeit geprüft",
        consequence: `Der Bericht gilt als rechnerisch geprüft und geht an die ${leitung} zur Kenntnisnahme. Der ${traeger} kann ihn danach nicht mehr ersetzen.`,
      };
    case "sachlich_pruefen":
      return {
        button: "Sachliche Prüfung bestätigen",
        done: "sachlich geprüft",
        consequence: `Der Jahresbericht gilt als sachlich geprüft und geht an die ${leitung} zur Kenntnisnahme. Der ${traeger} kann ihn danach nicht mehr ersetzen.`,
      };
    case "kenntnis":
      return {
        button: "Zur Kenntnis nehmen",
        done: "zur Kenntnis genommen",
        consequence: `Die Kenntnisnahme wird mit Ihrem Namen vermerkt; danach kann die ${koordinierung} ${weiter.weiterleiten}.`,
      };
    case "weiterleiten":
      return {
        button: weiter.button,
        done: weiter.status,
        consequence: `${weiter.abschluss} und ist damit abgeschlossen; weitere Änderungen sind nicht mehr möglich.`,
      };
  }
};
