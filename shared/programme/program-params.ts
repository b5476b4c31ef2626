import * as z from "zod";
import { slugSchema, yearSchema } from "../domain/primitives";
import { STORE_LIMITS } from "../domain/store-limits";
import {
  ausnahmeSchema,
  DEFAULT_MAX_VERSIONEN,
  maxVersionenSchema,
  yearSettingsSchema,
  zuordnungSchema,
  zuschussSchema,
} from "./programme-schema";
import { pruefungParamsFields } from "./pruefung-params";

export {
  ausnahmeSchema,
  zuordnungSchema,
  zuschussSchema,
  type Ausnahme,
  type Zuordnung,
  type Zuschuss,
} from "./programme-schema";

/**
 * The parameters of one programme's Förderjahr as rules, workbooks and lists use them: the pack's
 * defaults with the year's overrides, or what the Koordinierungsstelle stored for the year.
 */
export const programParamsSchema = yearSettingsSchema
  .omit({ faellig: true, zuschuesse: true, regelSchwere: true })
  .extend({
    programmeId: slugSchema,
    year: yearSchema,
    /** Jahresbericht finished by (default 31.12. of the reporting year). */
    jahresberichtFaellig: z.iso.date(),
    /** Verwendungsnachweis due (default 30.06. of the following year). */
    verwendungsnachweisFaellig: z.iso.date(),
    /** Which Träger files for which district: a district without a filing is flagged as missing. */
    zuordnungen: z.array(zuordnungSchema).max(STORE_LIMITS.zuordnungen),
    /** Granted Zuschuss per Träger and district; a stated Zuschuss that differs is a Warnung. */
    zuschuesse: z.array(zuschussSchema).max(STORE_LIMITS.zuschuesse).default([]),
    /** Träger allowed to file for a district outside the Zuordnungen this year. */
    ausnahmen: z.array(ausnahmeSchema).max(STORE_LIMITS.ausnahmen).default([]),
    /** Severity overrides per rule id for this year (rollout: Warnung first, then Fehler). */
    regelSchwere: yearSettingsSchema.shape.regelSchwere
      .refine(
        (r) => Object.keys(r).length <= STORE_LIMITS.regelSchwere,
        `höchstens ${STORE_LIMITS.regelSchwere} Einträge`,
      )
      .default({}),
    /** Versions per filing in this year; parameters stored before the cap existed get the default. */
    maxVersionen: maxVersionenSchema.default(DEFAULT_MAX_VERSIONEN),
    /**
     * The Verwendungsnachweis needs the signed Eingangsbestätigung uploaded before „rechnerisch
     * geprüft“ (written form in the Kooperationsvertrag). Off unless the year says so.
     */
    unterschriftErforderlich: z.boolean().default(false),
    /**
     * After the Aufbewahrungsfrist the Koordinierungsstelle may redact names (Löschkonzept,
     * docs/records.md). Off unless the year says so.
     */
    schwaerzungFreigegeben: z.boolean().default(false),
    /** The city's Prüfung: Finanzierungsart, interest, Belegliste (issue 25). */
    ...pruefungParamsFields,
  });

export type ProgramParams = z.infer<typeof programParamsSchema>;

/** A programme's Förderjahr: what parameters, lists and due dates are per. */
export interface ProgrammeYear {
  programmeId: string;
  year: number;
}
