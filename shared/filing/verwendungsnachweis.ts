import * as z from "zod";
import { centsSchema, dateSchema, longTextSchema, signedCentsSchema, textSchema } from "../domain/primitives";
import { belegZeileSchema } from "./belegliste-field";

/** One row of "1. Personalkosten". */
export const personalZeileSchema = z.object({
  name: textSchema,
  vorname: textSchema,
  qualifikation: textSchema,
  /** e.g. "TVöD SuE S 12" */
  verguetungsgruppe: textSchema,
  /** Share of a full-time post, 0 < x ≤ 1 (Excel shows 0,5 as 50 %). */
  stellenanteil: z.number().nullable(),
  personalkosten: centsSchema.nullable(),
});

/** One of at most 12 lines "Aufteilung der Kosten auf Projekte/ Angebote/ Maßnahmen". */
export const budgetZeileSchema = z.object({
  beschreibung: textSchema,
  betrag: centsSchema.nullable(),
});

/**
 * Anlage 3 Verwendungsnachweis. Fields ending in a stated result (`summe`, the Schlussrechnung
 * figures) hold what the document says – a formula result read from the workbook, or null when a
 * client does not state it. Rules compare them with what `computeVerwendungsnachweis` derives.
 */
export const verwendungsnachweisSchema = z.object({
  kopf: z.object({
    /** Träger/Absender */
    absender: textSchema,
    anschrift: longTextSchema,
    ort: textSchema,
    datum: dateSchema,
    /** Stadtteilhaus/-büro */
    stadtteilhaus: textSchema,
    jahr: z.number().int().nullable(),
    /** Name des Trägers (Zuwendungsempfänger) */
    traegerName: textSchema,
    zuschuss: centsSchema.nullable(),
    /** "in Worten" – derived from `zuschuss`; a typed text that disagrees is a Fehler. */
    zuschussInWorten: textSchema,
    /** "Hiermit wird bestätigt, dass dieser Betrag … zuwendungsgemäß verwendet wurde." */
    zuwendungsgemaessVerwendet: z.boolean(),
  }),
  personal: z.object({
    zeilen: z.array(personalZeileSchema),
    /** Stated total "1. Personalkosten = … €". */
    summe: centsSchema.nullable(),
  }),
  /** 2. Verwaltungs- und Leitungskosten (Pauschale) */
  verwaltung: centsSchema.nullable(),
  /** 3. Arbeitsplatzbezogene Sachkosten */
  sachkosten: centsSchema.nullable(),
  /** 4. Kosten für präventive Angebote der Gemeinwesenarbeit (Stadtteilmanagementbudget) */
  budget: z.object({
    betrag: centsSchema.nullable(),
    zeilen: z.array(budgetZeileSchema),
  }),
  /** 5. Schlussrechnung – all figures but `weitereEinnahmen` and `begruendung` are stated results. */
  schlussrechnung: z.object({
    zuschuss: centsSchema.nullable(),
    weitereEinnahmen: centsSchema.nullable(),
    personalkosten: centsSchema.nullable(),
    verwaltung: centsSchema.nullable(),
    sachkosten: centsSchema.nullable(),
    budget: centsSchema.nullable(),
    kostensumme: centsSchema.nullable(),
    differenz: signedCentsSchema.nullable(),
    begruendung: longTextSchema,
  }),
  /** 6. Rechtsverbindliche Unterschrift */
  unterschrift: z.object({
    name: textSchema,
    funktion: textSchema,
    datum: dateSchema,
  }),
  /**
   * The Belegliste (sheet „Belegliste“, schema version 4): one row per Beleg. Absent in content
   * stored before it existed; the default reads such content as a list without Belege.
   */
  belegliste: z.array(belegZeileSchema).default([]),
});

export type Verwendungsnachweis = z.infer<typeof verwendungsnachweisSchema>;
export type PersonalZeile = z.infer<typeof personalZeileSchema>;
export type BudgetZeile = z.infer<typeof budgetZeileSchema>;

/** A row of the Personal table with nothing filled in (a blank row of the form). */
export const blankPersonalZeile = (): PersonalZeile => ({
  name: "",
  vorname: "",
  qualifikation: "",
  verguetungsgruppe: "",
  stellenanteil: null,
  personalkosten: null,
});
