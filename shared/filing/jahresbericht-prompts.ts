/**
 * The guiding texts of Anlage 1 word for word, where the paper gives them as an intro and a list of
 * prompts: the workbook prints them beside their fields and tables, the publication renders them
 * from here. Only their order and line breaks are ours. `{gegenstand}` stands for the programme's
 * own name („Stadtteilmanagement“): render with `renderText(text, params)`.
 */
export interface Prompt {
  intro: string;
  items: readonly string[];
}

export const JB_PROMPTS = {
  steckbrief: { intro: "Angaben zum Profil des Stadtteiles (Kurzbeschreibung):", items: [] },
  herausforderungen: {
    intro: "Aufgabenschwerpunkte benennen und begründen:",
    items: [
      "Inhaltliche Schwerpunktsetzungen auf bestimmte Handlungsfelder",
      "Zu Methoden und Vorgehensweisen",
      "Bisherige Maßnahmen/ Initiativen/ Aktionen aufführen",
      "Innovation beschreiben",
      "Prognosen bilden",
    ],
  },
  personelleRessourcen: {
    intro:
      "Auflistung der Mitarbeitenden mit jeweiliger Angabe der eingebrachten Stunden (beim StM Wochenstunden, sonst Summe der Stunden bzw. projektbezogene Angabe - Schätzwerte) und Tätigkeiten.",
    items: [
      "{gegenstand} (30 Stunden/Woche)",
      "Kooperationspartner (die an der gemeinsamen Umsetzung von Maßnahmen beteiligt sind)",
      "Ehrenamtliche (mit und ohne Aufwandsentschädigung, keine Klarnamen)",
    ],
  },
  leistungen: {
    intro: "Aufzählen und beschreiben",
    items: [
      "Angebote",
      "Initiativen",
      "Befragungen",
      "Stadtteilrunden",
      "Stadtteilfeste",
      "AGs",
      "Projekte",
      "Vernetzungen",
      "Kooperationen",
      "Fortbildungen etc.",
      "Interkommunaler Austausch",
      "Sprechstunden",
      "Raumbedarf decken und selbstorganisierte Gruppen und Initiativen",
      "...",
    ],
  },
  wirkungen: { intro: "Darstellung der Ressourcen, Leistungen und Wirkungen im Berichtszeitraum", items: [] },
  abgleich: {
    intro:
      "Reflektion und Auswertung des Vergleichs zwischen den unter 2.3. dargestellten Lösungsansätzen und erwarteten Wirkungen mit den oben dargestellten tatsächlich erbrachten Leistungen und erzielten Wirkungen. (daran anknüpfender Ausblick und Schlussfolgerungen siehe 4. Ausblick)",
    items: [],
  },
  angebote: {
    intro:
      "Quantitative Daten zu den Angeboten, die durch das {gegenstand} und in Kooperation mit diesem durchgeführt wurden.",
    items: [],
  },
  ausblick: { intro: "Planung und Ziele/ Chancen und Risiken", items: [] },
} as const satisfies Record<string, Prompt>;

/** A prompt as one text: the intro, then each item on a line of its own after a dash. */
export const promptText = (prompt: Prompt): string =>
  [prompt.intro, ...prompt.items.map((item) => `– ${item}`)].join("\n");
