import type { Jahresbericht } from "./jahresbericht";
import type { Verwendungsnachweis } from "./verwendungsnachweis";

/** A Verwendungsnachweis with nothing filled in: the blank template's content. */
export const emptyVerwendungsnachweis = (): Verwendungsnachweis => ({
  kopf: {
    absender: "",
    anschrift: "",
    ort: "",
    datum: null,
    stadtteilhaus: "",
    jahr: null,
    traegerName: "",
    zuschuss: null,
    zuschussInWorten: "",
    zuwendungsgemaessVerwendet: false,
  },
  personal: { zeilen: [], summe: null },
  verwaltung: null,
  sachkosten: null,
  budget: { betrag: null, zeilen: [] },
  schlussrechnung: {
    zuschuss: null,
    weitereEinnahmen: null,
    personalkosten: null,
    verwaltung: null,
    sachkosten: null,
    budget: null,
    kostensumme: null,
    differenz: null,
    begruendung: "",
  },
  unterschrift: { name: "", funktion: "", datum: null },
  belegliste: [],
});

/** A Jahresbericht with nothing filled in. */
export const emptyJahresbericht = (): Jahresbericht => ({
  organisation: { nameRechtsform: "", sitz: "", kontakt: "", vertretungsberechtigte: "" },
  gegenstand: { stadtteilhaus: "", berichtszeitraum: "", name: "", inhalt: [] },
  steckbrief: { wohnsituation: "", infrastruktur: "", lebenssituation: "", angebote: "", image: "" },
  herausforderungen: "",
  loesungsansaetze: [],
  ressourcen: {
    personalkosten: null,
    verwaltung: null,
    sachkosten: null,
    stadtteilmanagement: null,
    eigenmittel: null,
    gesamtsumme: null,
  },
  personelleRessourcen: [],
  leistungen: [],
  wirkungen: [],
  abgleich: { deckungsgleich: "", differenzen: "", gruende: "" },
  angebote: [],
  ausblick: { rueckschluesse: "", bewaehrt: "", chancenRisiken: "", planung: "" },
});
