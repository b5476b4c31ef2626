/** Kinds of output in Jahresbericht 3.3 "Erbrachte Leistungen", labels as in Anlage 1. */
export const LEISTUNGSARTEN = {
  angebote: "Angebote",
  initiativen: "Initiativen",
  befragungen: "Befragungen",
  stadtteilrunden: "Stadtteilrunden",
  stadtteilfeste: "Stadtteilfeste",
  ags: "AGs",
  projekte: "Projekte",
  vernetzungen: "Vernetzungen",
  kooperationen: "Kooperationen",
  fortbildungen: "Fortbildungen",
  "interkommunaler-austausch": "Interkommunaler Austausch",
  sprechstunden: "Sprechstunden",
  raumvergabe: "Raumvergabe und selbstorganisierte Gruppen",
  sonstiges: "Sonstiges",
} as const;

export type Leistungsart = keyof typeof LEISTUNGSARTEN;
export const LEISTUNGSART_KEYS = Object.keys(LEISTUNGSARTEN) as [Leistungsart, ...Leistungsart[]];

/**
 * Groups of people in Jahresbericht 3.2 "Personelle Ressourcen". The first is the programme's own
 * staff, named as its pack names the programme („Stadtteilmanagement“): render with `renderText`.
 */
export const PERSONENGRUPPEN = {
  stadtteilmanagement: "{gegenstand} (Stunden/Woche)",
  kooperationspartner: "Kooperationspartner (Stunden)",
  ehrenamtliche: "Ehrenamtliche (Stunden, keine Klarnamen)",
} as const;

export type Personengruppe = keyof typeof PERSONENGRUPPEN;
export const PERSONENGRUPPE_KEYS = Object.keys(PERSONENGRUPPEN) as [Personengruppe, ...Personengruppe[]];
