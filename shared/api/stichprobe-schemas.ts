import * as z from "zod";
import { belegSchema } from "../pruefung/belegliste";
import { isoDateTimeSchema, submittedBySchema } from "./records";

/**
 * The Stichprobe (issue 25): the Koordinierungsstelle asks for the receipts of some Belege of one
 * version; the Träger uploads one per requested Belegnr. (`uploadAttachment?kind=beleg&belegnr=`).
 * A request is its own immutable item; a later request is a new one (docs/pruefung.md „Stichprobe“).
 */
export const belegnrSchema = belegSchema.shape.belegnr.describe("Belegnummer aus der Belegliste der Version");

/** Belegnummern compare as the Belegliste's duplicate rule does: trimmed, case-insensitive. */
export const belegnrKey = (belegnr: string) => belegnr.trim().toLowerCase();

export const stichprobeRequestSchema = z.object({
  belegnummern: z
    .array(belegnrSchema)
    .min(1)
    .max(200)
    .refine((list) => new Set(list.map(belegnrKey)).size === list.length, {
      message: "Jede Belegnummer nur einmal angeben.",
    })
    .describe("Belege der Stichprobe (Belegnr. der Belegliste)"),
  faelligAm: z.iso.date().describe("bis wann die Belege hochzuladen sind (Tag)"),
  hinweis: z.string().trim().max(1000).optional().describe("Hinweis an den Träger"),
});
export type StichprobeRequest = z.infer<typeof stichprobeRequestSchema>;

export const stichprobeRecordSchema = z.object({
  filingId: z.string(),
  version: z.number().int().min(1),
  /** The audit entry written with it; orders the requests of a filing. */
  seq: z.number().int().min(1),
  belegnummern: z.array(belegnrSchema).min(1),
  faelligAm: z.iso.date(),
  hinweis: z.string().optional(),
  angefordertAm: isoDateTimeSchema,
  angefordertVon: submittedBySchema,
});
export type StichprobeRecord = z.infer<typeof stichprobeRecordSchema>;

/** One requested Beleg and the receipts uploaded to it (attachment ids, oldest first). */
export const stichprobeBelegSchema = z.object({
  belegnr: belegnrSchema,
  faelligAm: z.iso.date(),
  anlagen: z.array(z.string()),
});
export type StichprobeBeleg = z.infer<typeof stichprobeBelegSchema>;

/** The Stichprobe of a version as the Träger's inbox and the desk show it. */
export const stichprobeStandSchema = z.object({
  anforderungen: z.array(stichprobeRecordSchema).min(1),
  belege: z.array(stichprobeBelegSchema).min(1),
  /** Requested Belege without an upload yet. */
  offen: z.number().int().min(0),
  /** „Stichprobe angefordert: 2 Belege bis 15.03.2027“ or „Stichprobe: alle 2 Belege liegen vor“ */
  hinweis: z.string(),
});
export type StichprobeStand = z.infer<typeof stichprobeStandSchema>;
