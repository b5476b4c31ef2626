import * as z from "zod";
import { LEISTUNGSART_KEYS, PERSONENGRUPPE_KEYS } from "../domain/leistungsarten";
import { centsSchema, longTextSchema, textSchema } from "../domain/primitives";

/** Step on the PHINEO Wirkungstreppe, 1–7; null while not chosen (rule JB-WIRKUNGSSTUFE). */
export const wirkungsstufeSchema = z.number().int().min(1).max(7).nullable();

/** 2.3 Lösungsansätze: Zielgruppe · Leistung · Erwartete Wirkung (+ Stufe). */
export const loesungsansatzSchema = z.object({
  zielgruppe: textSchema,
  leistung: longTextSchema,
  erwarteteWirkung: longTextSchema,
  stufe: wirkungsstufeSchema,
});

/** 3.2 Personelle Ressourcen: one person or partner with hours and activities. */
export const personelleRessourceSchema = z.object({
  /** null while not chosen (rule JB-AUSWAHL). */
  gruppe: z.enum(PERSONENGRUPPE_KEYS).nullable(),
  /** Role, organisation or – for volunteers – a pseudonym or initials, never a real name. */
  bezeichnung: textSchema,
  /** Hours per week for the Stadtteilmanagement, total hours otherwise. */
  stunden: z.number().nonnegative().nullable(),
  taetigkeiten: longTextSchema,
});

/** 3.3 Erbrachte Leistungen (Output). */
export const leistungSchema = z.object({
  /** null while not chosen (rule JB-AUSWAHL). */
  art: z.enum(LEISTUNGSART_KEYS).nullable(),
  beschreibung: longTextSchema,
});

/** 3.4 Erreichte Wirkungen: Eingesetzte Ressourcen · Erbrachte Leistungen · Erzielte Wirkung (+ Stufe). */
export const wirkungSchema = z.object({
  ressourcen: longTextSchema,
  leistungen: longTextSchema,
  wirkung: longTextSchema,
  stufe: wirkungsstufeSchema,
});

/** 3.5 Quantitative Daten zu den Angeboten. */
export const angebotSchema = z.object({
  bezeichnung: textSchema,
  verantwortlich: textSchema,
  zeiten: textSchema,
  /** Integer ≥ 0 (rule JB-TEILNEHMERZAHL); a number here so a wrong value is a finding, not a crash. */
  teilnehmerzahl: z.number().nullable(),
  finanzierung: textSchema,
});

/** Anlage 1 Leitfaden zur Erstellung des Jahresberichtes (Social Reporting Standard). */
export const jahresberichtSchema = z.object({
  organisation: z.object({
    nameRechtsform: textSchema,
    sitz: textSchema,
    kontakt: longTextSchema,
    vertretungsberechtigte: longTextSchema,
  }),
  gegenstand: z.object({
    stadtteilhaus: textSchema,
    berichtszeitraum: textSchema,
    /** Name Stadtteil- und Quartiersmanagement */
    name: textSchema,
    /** "Im Folgenden wird über diese Angebote und Projekte berichtet:" */
    inhalt: z.array(textSchema),
  }),
  steckbrief: z.object({
    wohnsituation: longTextSchema,
    infrastruktur: longTextSchema,
    lebenssituation: longTextSchema,
    angebote: longTextSchema,
    image: longTextSchema,
  }),
  herausforderungen: longTextSchema,
  loesungsansaetze: z.array(loesungsansatzSchema),
  /** 3.1 Eingesetzte Ressourcen (Input); `gesamtsumme` is the stated result. */
  ressourcen: z.object({
    personalkosten: centsSchema.nullable(),
    verwaltung: centsSchema.nullable(),
    sachkosten: centsSchema.nullable(),
    stadtteilmanagement: centsSchema.nullable(),
    eigenmittel: centsSchema.nullable(),
    gesamtsumme: centsSchema.nullable(),
  }),
  personelleRessourcen: z.array(personelleRessourceSchema),
  leistungen: z.array(leistungSchema),
  wirkungen: z.array(wirkungSchema),
  abgleich: z.object({
    deckungsgleich: longTextSchema,
    differenzen: longTextSchema,
    gruende: longTextSchema,
  }),
  angebote: z.array(angebotSchema),
  ausblick: z.object({
    rueckschluesse: longTextSchema,
    bewaehrt: longTextSchema,
    chancenRisiken: longTextSchema,
    planung: longTextSchema,
  }),
});

export type Jahresbericht = z.infer<typeof jahresberichtSchema>;
export type Loesungsansatz = z.infer<typeof loesungsansatzSchema>;
export type PersonelleRessource = z.infer<typeof personelleRessourceSchema>;
export type Leistung = z.infer<typeof leistungSchema>;
export type Wirkung = z.infer<typeof wirkungSchema>;
export type Angebot = z.infer<typeof angebotSchema>;
