import type { ReviewAction } from "../../../shared/domain/lifecycle";

/**
 * How the pane words each review step: the button as an action, what is recorded once done, and
 * the consequence the confirmation names (none of the steps can be undone).
 */
export const ACTION_WORDING: Record<ReviewAction, { button: string; done: string; consequence: string }> = {
  zurueckgeben: {
    button: "Zurückgeben",
    done: "zurückgegeben",
    consequence:
      "Der Träger erhält den Bericht mit Ihren Kommentaren zurück und muss eine neue Version einreichen. Die Rückgabe lässt sich nicht zurücknehmen.",
  },
  pruefen: {
    button: "Rechnerische Prüfung bestätigen",
    done: "rechnerische Richtigkeit geprüft",
    consequence:
      "Der Bericht gilt als rechnerisch geprüft und geht an die Stabsstellenleitung zur Kenntnisnahme. Der Träger kann ihn danach nicht mehr ersetzen.",
  },
  sachlich_pruefen: {
    button: "Sachliche Prüfung bestätigen",
    done: "sachlich geprüft",
    consequence:
      "Der Jahresbericht gilt als sachlich geprüft und geht an die Stabsstellenleitung zur Kenntnisnahme. Der Träger kann ihn danach nicht mehr ersetzen.",
  },
  kenntnis: {
    button: "Zur Kenntnis nehmen",
    done: "zur Kenntnis genommen",
    consequence:
      "Die Kenntnisnahme wird mit Ihrem Namen vermerkt; danach kann die Koordinierungsstelle den Vorgang an 51.12 weiterleiten.",
  },
  weiterleiten: {
    button: "An 51.12 weiterleiten",
    done: "an 51.12 weitergeleitet",
    consequence:
      "Der Vorgang geht an 51.12 und ist damit abgeschlossen; weitere Änderungen sind nicht mehr möglich.",
  },
};
