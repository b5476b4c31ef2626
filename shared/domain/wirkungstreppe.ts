/** PHINEO Wirkungstreppe (Anlage 2): the step of every expected or achieved effect. */
export const WIRKUNGSTREPPE = [
  { stufe: 1, label: "Aktivitäten finden wie geplant statt", ebene: "Output" },
  { stufe: 2, label: "Zielgruppen werden erreicht", ebene: "Output" },
  { stufe: 3, label: "Zielgruppen akzeptieren Angebote", ebene: "Output" },
  { stufe: 4, label: "Zielgruppen verändern Bewusstsein bzw. Fähigkeiten", ebene: "Outcome" },
  { stufe: 5, label: "Zielgruppen ändern ihr Handeln", ebene: "Outcome" },
  { stufe: 6, label: "Lebenslage der Zielgruppen ändert sich", ebene: "Outcome" },
  { stufe: 7, label: "Gesellschaft verändert sich", ebene: "Impact" },
] as const;

export type Wirkungsstufe = (typeof WIRKUNGSTREPPE)[number]["stufe"];

/** "4 – Zielgruppen verändern Bewusstsein bzw. Fähigkeiten (Outcome)", as shown in dropdowns. */
export const wirkungsstufeLabel = (stufe: number): string => {
  const step = WIRKUNGSTREPPE.find((s) => s.stufe === stufe);
  return step ? `${step.stufe} – ${step.label} (${step.ebene})` : String(stufe);
};
