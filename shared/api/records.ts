import * as z from "zod";
import { filingStatusSchema, reviewActionSchema, roleSchema } from "../domain/lifecycle";
import { filingAmountsSchema } from "../consolidate/filing-amounts";
import { filingKindSchema, filingMetaSchema, filingSchema } from "../filing/filing";
import { programParamsSchema } from "../programme/program-params";
import { fieldPathSchema, findingSchema } from "../rules/finding";
import { pruefvermerkSchema, quittierungSchema } from "../pruefung/pruefvermerk";

/**
 * Shapes of what the store keeps, as zod schemas so the API schemas compose them and types come
 * from one place. Key attributes (pk, sk, gsi1pk, gsi1sk) stay inside the DynamoDB implementation.
 */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

export const actorSchema = z.object({ sub: z.string(), name: z.string(), role: roleSchema });
export type Actor = z.infer<typeof actorSchema>;

export const submittedBySchema = z.object({ sub: z.string(), name: z.string() });

/** The Rechtsverbindliche Unterschrift of a Verwendungsnachweis; null for a Jahresbericht. */
export const signerSchema = z
  .object({ name: z.string(), funktion: z.string(), datum: z.string().nullable() })
  .nullable();

export const submissionSourceSchema = z.enum(["json", "xlsx"]);
export type SubmissionSource = z.infer<typeof submissionSourceSchema>;

export const findingCountsSchema = z.object({
  fehler: z.number().int(),
  warnung: z.number().int(),
  hinweis: z.number().int(),
});
export type FindingCounts = z.infer<typeof findingCountsSchema>;

/** The current state of a filing: one item per filing, updated only inside transactions. */
export const filingHeadSchema = z.object({
  filingId: z.string(),
  kind: filingKindSchema,
  meta: filingMetaSchema,
  status: filingStatusSchema,
  latestVersion: z.number().int().min(1),
  /** Number of audit entries so far; every change appends entry auditSeq + 1 (optimistic lock). */
  auditSeq: z.number().int().min(1),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  submittedAt: isoDateTimeSchema,
  findingCounts: findingCountsSchema,
  /**
   * The latest version's figures, written with every submission so lists show money without
   * opening filings. Heads stored before it existed have none until upgraded (upgradeHeadAmounts).
   */
  amounts: filingAmountsSchema.optional(),
});
export type FilingHead = z.infer<typeof filingHeadSchema>;

/** One immutable submission. */
export const versionRecordSchema = z.object({
  filingId: z.string(),
  version: z.number().int().min(1),
  content: filingSchema,
  findings: z.array(findingSchema),
  findingCounts: findingCountsSchema,
  /** SHA-256 (hex) of exactly the bytes that were sent (JSON body or workbook). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  submittedBy: submittedBySchema,
  submittedAt: isoDateTimeSchema,
  signer: signerSchema,
  source: submissionSourceSchema,
});
export type VersionRecord = z.infer<typeof versionRecordSchema>;

/** A review comment as stored: the field it refers to (path into `data`, its label) or a cell. */
export const reviewCommentSchema = z.object({
  path: fieldPathSchema.optional(),
  cell: z.string().optional(),
  label: z.string().optional(),
  text: z.string(),
});
export type ReviewComment = z.infer<typeof reviewCommentSchema>;

/**
 * `schwaerzen`: names redacted after the Aufbewahrungsfrist (Löschkonzept, docs/records.md);
 * `stichprobe`: Belege of a version requested for a Stichprobe (docs/pruefung.md) – neither changes the status.
 */
export const auditActionSchema = z.union([
  z.literal("einreichen"),
  z.literal("schwaerzen"),
  z.literal("stichprobe"),
  reviewActionSchema,
]);
export type AuditAction = z.infer<typeof auditActionSchema>;

/** Who did what when – one entry per submission and per state change, never changed afterwards. */
export const auditEntrySchema = z.object({
  seq: z.number().int().min(1),
  at: isoDateTimeSchema,
  by: actorSchema,
  action: auditActionSchema,
  fromStatus: filingStatusSchema.nullable(),
  toStatus: filingStatusSchema,
  version: z.number().int().min(1),
  comments: z.array(reviewCommentSchema),
  /** „pruefen“ since the Prüfvermerk exists; entries stored before it have none and still load. */
  pruefvermerk: pruefvermerkSchema.optional(),
  /** The open Warnungen the reviewer acknowledged with this step, each with its reason. */
  quittierungen: z.array(quittierungSchema).optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** One version of the program parameters of a year. */
export const storedParamsSchema = z.object({
  programmeId: z.string(),
  year: z.number().int(),
  version: z.number().int().min(1),
  params: programParamsSchema,
  storedAt: isoDateTimeSchema,
  storedBy: submittedBySchema,
});
export type StoredParams = z.infer<typeof storedParamsSchema>;

/**
 * A Träger's working copy of a filing during the year ("Entwurf speichern"): the one item that is
 * overwritten, because it is no filing – never submitted, never listed, visible only to its Träger.
 */
export const draftRecordSchema = z.object({
  filingId: z.string(),
  content: filingSchema,
  savedAt: isoDateTimeSchema,
  savedBy: submittedBySchema,
});
export type DraftRecord = z.infer<typeof draftRecordSchema>;
