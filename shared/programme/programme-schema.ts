import * as z from "zod";
import { FILING_KINDS, filingKindSchema } from "../domain/filing-kinds";
import { centsSchema, slugSchema, textSchema } from "../domain/primitives";
import { severitySchema } from "../domain/severity";

export const zuordnungSchema = z.object({
  districtId: slugSchema,
  traegerId: slugSchema,
  /** Tandem partner who may edit the district's Jahresbericht too (the Träger submits). */
  tandem: slugSchema.optional(),
});
export type Zuordnung = z.infer<typeof zuordnungSchema>;

/**
 * The Koordinierungsstelle lets a Träger file for a district it is not assigned to in that year
 * (a stand-in, a change mid-year). Without one the API refuses such a filing (403).
 */
export const ausnahmeSchema = z.object({
  traegerId: slugSchema,
  districtId: slugSchema,
  begruendung: z.string().max(300).optional(),
});
export type Ausnahme = z.infer<typeof ausnahmeSchema>;

/** The Zuschuss the contract grants a Träger for a district and year (compared with the stated one). */
export const zuschussSchema = z.object({
  traegerId: slugSchema,
  districtId: slugSchema,
  betrag: centsSchema.nonnegative(),
});
export type Zuschuss = z.infer<typeof zuschussSchema>;

/** A due day relative to the Förderjahr: `{ jahrVersatz: 1, tag: "06-30" }` = 30.06. of the next year. */
const dueDaySchema = z.object({
  jahrVersatz: z.number().int().min(0).max(5),
  tag: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "Monat-Tag wie 06-30"),
});

export const DEFAULT_MAX_VERSIONEN = 50;
export const maxVersionenSchema = z.number().int().min(1).max(500);

/**
 * What a programme sets for every Förderjahr unless `jahre` says otherwise. Caps in cents, the
 * Verwaltung cap in basis points of Personalkosten (1300 = 13 %).
 */
export const yearSettingsSchema = z.object({
  verwaltungCapBasisPoints: z.number().int().min(0).max(10_000),
  sachkostenCap: centsSchema.nonnegative(),
  budgetCap: centsSchema.nonnegative(),
  budgetMaxZeilen: z.number().int().min(1).max(100),
  aufbewahrungJahre: z.number().int().min(10),
  faellig: z.object({ jahresbericht: dueDaySchema, verwendungsnachweis: dueDaySchema }),
  zuordnungen: z.array(zuordnungSchema),
  zuschuesse: z.array(zuschussSchema),
  /**
   * Severity of a rule in this year where it differs from the rule's own: a new rule rolls out as a
   * Warnung first and becomes a Fehler a year later, so no Träger is surprised mid-season.
   */
  regelSchwere: z.record(z.string().regex(/^[A-Z][A-Z0-9-]{0,59}$/, "eine Regel-Kennung"), severitySchema),
  /**
   * Versions one filing may have in the year (default DEFAULT_MAX_VERSIONEN): every version stays
   * forever and is listed with the filing, so an endless resubmit loop must stop somewhere (409).
   */
  maxVersionen: maxVersionenSchema.optional(),
  /** Signed Eingangsbestätigung required before „rechnerisch geprüft“ (default false). */
  unterschriftErforderlich: z.boolean().optional(),
  /** Names may be redacted after the Aufbewahrungsfrist (default false; docs/records.md). */
  schwaerzungFreigegeben: z.boolean().optional(),
});
export type YearSettings = z.infer<typeof yearSettingsSchema>;

const traegerSchema = z.object({
  id: slugSchema,
  name: textSchema.min(1),
  /** The city itself (it staffs some districts with its own people). */
  stadt: z.boolean().optional(),
});

const districtSchema = z.object({
  id: slugSchema,
  name: textSchema.min(1),
  stadtteilhaus: textSchema.min(1),
  /** Run by the city with its own staff: no grant flows, so no Verwendungsnachweis is due there. */
  durchStadt: z.boolean().optional(),
});

/**
 * A programme pack: one folder of data under `shared/programme/packs/<id>/`. Everything that differs
 * between funding programmes – who funds, Stammdaten, caps, due dates – lives here, not in code.
 */
export const programmeSchema = z.object({
  id: slugSchema,
  name: textSchema.min(1),
  beschreibung: z.string().optional(),
  /** Who grants the money, e.g. "Hansestadt Lüneburg"; printed in the forms ("Zuschuss der …"). */
  zuwendungsgeber: textSchema.min(1),
  /** Address line the Verwendungsnachweis is sent to. */
  empfaenger: textSchema.min(1),
  forms: z
    .array(filingKindSchema)
    .min(1)
    .default([...FILING_KINDS]),
  /**
   * The programme's own words in the forms: the city's steps at the end of the Verwendungsnachweis,
   * what is funded, the budget's name (neutral words where a pack leaves one out).
   */
  texte: z
    .object({
      pruefungGeprueft: textSchema,
      pruefungKenntnis: textSchema,
      pruefungWeitergeleitet: textSchema,
      /** What is funded, as the forms name it: „Verwendungsnachweis für das …“, „Jahresbericht …“. */
      gegenstand: textSchema.min(1),
      /** The name of the budget for präventive Angebote („Stadtteilmanagementbudget“). */
      budgetName: textSchema.min(1),
      /** The office that coordinates the programme, as the publication's cover, the receipt's „6. Prüfvermerk der …“ and its staff's sign-in name it. */
      koordinierungsstelle: textSchema.min(1),
      /** Who takes note of the checked reports (the role `leitung`), as its staff's sign-in names it. */
      leitung: textSchema.min(1),
      /**
       * The office a filing goes to once taken note of, to join its file („51.12“ in Lüneburg): the
       * last step's status, action, button and Prüfung line name it; without one they say „zum
       * Vorgang weitergeleitet“.
       */
      vorgangsstelle: textSchema.min(1),
      /**
       * The roles' names in the task pane, in review messages and in the consolidated workbook
       * („Koordinierungsstelle“, „Stabsstellenleitung“); neutral words where a pack leaves one out.
       */
      rollen: z
        .object({ traeger: textSchema.min(1), koordinierung: textSchema.min(1), leitung: textSchema.min(1) })
        .partial(),
    })
    .partial()
    .default({}),
  traeger: z.array(traegerSchema).min(1),
  districts: z.array(districtSchema).min(1),
  defaults: yearSettingsSchema,
  /** Per Förderjahr ("2025"), only what differs from `defaults`. */
  jahre: z.record(z.string().regex(/^\d{4}$/), yearSettingsSchema.partial()).default({}),
});
export type Programme = z.infer<typeof programmeSchema>;

const duplicates = (ids: readonly string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

/**
 * A pack as read from its folder: Träger and district ids are unique inside the programme. Across
 * programmes they need not be – `awo` of one pack may be another association than `awo` of the
 * next – so everything looks them up by (programme, id). (`programmeSchema` stays a plain object:
 * the API's summary schema picks fields from it.)
 */
export const programmePackSchema = programmeSchema.superRefine((p, ctx) => {
  for (const [key, ids] of [
    ["traeger", p.traeger.map((t) => t.id)],
    ["districts", p.districts.map((d) => d.id)],
  ] as const)
    for (const id of new Set(duplicates(ids)))
      ctx.addIssue({
        code: "custom",
        path: [key],
        message: `Die Kennung „${id}“ steht mehrfach in „${key}“; jede Kennung darf im Programm nur einmal vorkommen.`,
      });
});
