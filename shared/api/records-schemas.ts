import * as z from "zod";
import { isoDateTimeSchema, submittedBySchema } from "./records";
import { ATTACHMENT_MEDIA_TYPES } from "../domain/sniff-media-type";
import { belegnrSchema, stichprobeStandSchema } from "./stichprobe-schemas";

/**
 * Request and response schemas of the records routes (originals, receipts, attachments, archive,
 * retention). Attachments are generic: a signed receipt now (`unterschrift`), Belege later.
 */
export const ATTACHMENT_KINDS = ["unterschrift", "beleg"] as const;
export const attachmentKindSchema = z.enum(ATTACHMENT_KINDS);
export type AttachmentKind = z.infer<typeof attachmentKindSchema>;

export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, string> = {
  unterschrift: "Unterschriebene Eingangsbestätigung",
  beleg: "Beleg",
};

export const attachmentIdSchema = z
  .string()
  .regex(/^[0-9a-z-]{1,64}$/)
  .describe("Kennung der Anlage");

export const attachmentRecordSchema = z.object({
  attachmentId: attachmentIdSchema,
  filingId: z.string(),
  version: z.number().int().min(1),
  kind: attachmentKindSchema,
  mediaType: z.enum(ATTACHMENT_MEDIA_TYPES),
  bytes: z.number().int().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  uploadedAt: isoDateTimeSchema,
  uploadedBy: submittedBySchema,
  chunks: z.number().int().min(1),
  /** A receipt of the Stichprobe: the Belegnr. it proves (kind „beleg“ only). */
  belegnr: belegnrSchema.optional(),
});
export type AttachmentRecord = z.infer<typeof attachmentRecordSchema>;

export const attachmentUploadQuerySchema = z.object({
  kind: attachmentKindSchema.default("unterschrift").describe("Art der Anlage; ohne Angabe „unterschrift“"),
  belegnr: belegnrSchema
    .optional()
    .describe("nur mit kind=beleg: die Belegnummer der Stichprobe, zu der der Beleg gehört"),
});

export const attachmentPathSchema = z.object({
  id: z.string().min(1).max(200).describe("Kennung des Vorgangs"),
  version: z.coerce.number().int().min(1).describe("Versionsnummer, ab 1"),
  attachmentId: attachmentIdSchema,
});

export const attachmentListSchema = z.object({
  attachments: z.array(attachmentRecordSchema),
  /** A signed receipt is attached to this version. */
  unterschriftLiegtVor: z.boolean(),
  /** „Unterschrift liegt vor“ or what is missing, for the filing detail. */
  unterschriftHinweis: z.string(),
  /** The Stichprobe of this version (requested Belege and their uploads); null when none was asked. */
  stichprobe: stichprobeStandSchema.nullable(),
});
export type AttachmentList = z.infer<typeof attachmentListSchema>;

/** What the filing detail shows of its records: retention and the latest version's signature. */
export const filingRecordsSchema = z.object({
  /** ISO day: 31.12. of the Förderjahr + aufbewahrungJahre. */
  aufzubewahrenBis: z.iso.date(),
  /** „aufzubewahren bis 31.12.2035“ */
  aufbewahrungHinweis: z.string(),
  unterschriftErforderlich: z.boolean(),
  unterschriftLiegtVor: z.boolean(),
  unterschriftHinweis: z.string(),
});
export type FilingRecords = z.infer<typeof filingRecordsSchema>;

/** POST /filings/{id}/redaction: an explicit confirmation, never a side effect of another call. */
export const redactionRequestSchema = z.object({
  bestaetigt: z.literal(true).describe("muss true sein: Namen werden unwiderruflich geschwärzt"),
});

export const redactionResponseSchema = z.object({
  filingId: z.string(),
  aufzubewahrenBis: z.iso.date(),
  /** Versions redacted now (already redacted ones are left as they are). */
  versions: z.array(z.number().int().min(1)),
  /** Name fields replaced, over all versions. */
  names: z.number().int().min(0),
});
export type RedactionResponse = z.infer<typeof redactionResponseSchema>;
