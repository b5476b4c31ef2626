/**
 * PHINEO Wirkungstreppe (Anlage 2): the step of every expected or achieved effect, with a short
 * explanation for the sheet users look the steps up on (the paper shows them as a picture).
 */
export const WIRKUNGSTREPPE = [
  {
    stufe: 1,
    label: "Aktivitäten finden wie geplant statt",
    ebene: "Output",
    erklaerung: "Die geplanten Angebote und Maßnahmen werden durchgeführt.",
  },
  {
    stufe: 2,
    label: "Zielgruppen werden erreicht",
    ebene: "Output",
    erklaerung: "Die Menschen, für die ein Angebot gedacht ist, nehmen daran teil.",
  },
  {
    stufe: 3,
    label: "Zielgruppen akzeptieren Angebote",
    ebene: "Output",
    erklaerung: "Die Teilnehmenden sind zufrieden, kommen wieder und empfehlen das Angebot weiter.",
  },
  {
    stufe: 4,
    label: "Zielgruppen verändern Bewusstsein bzw. Fähigkeiten",
    ebene: "Outcome",
    erklaerung: "Wissen, Einstellungen oder Fähigkeiten der Teilnehmenden ändern sich.",
  },
  {
    stufe: 5,
    label: "Zielgruppen ändern ihr Handeln",
    ebene: "Outcome",
    erklaerung: "Die Teilnehmenden handeln anders als zuvor, z. B. engagieren sie sich selbst.",
  },
  {
    stufe: 6,
    label: "Lebenslage der Zielgruppen ändert sich",
    ebene: "Outcome",
    erklaerung: "Die Lebenssituation der Zielgruppe verbessert sich spürbar.",
  },
  {
    stufe: 7,
    label: "Gesellschaft verändert sich",
    ebene: "Impact",
    erklaerung: "Im Stadtteil oder in der Gesellschaft verändert sich etwas über die Zielgruppe hinaus.",
  },
] as const;

export type Wirkungsstufe = (typeof WIRKUNGSTREPPE)[number]["stufe"];

/** "4 – Zielgruppen verändern Bewusstsein bzw. Fähigkeiten (Outcome)", as shown in dropdowns. */
export const wirkungsstufeLabel = (stufe: number): string => {
  const step = WIRKUNGSTREPPE.find((s) => s.stufe === stufe);
  return step ? `${step.stufe} – ${step.label} (${step.ebene})` : String(stufe);
};
