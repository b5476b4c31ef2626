import * as z from "zod";
import { filingRecordsSchema } from "./records-schemas";
import { pruefvermerkRequestFields } from "./pruefung-schemas";
import { zahlungsStandSchema } from "../pruefung/rueckforderung-stand";
import { programmeSchema } from "../programme/programme-schema";
import { filingStatusSchema, reviewActionSchema } from "../domain/lifecycle";
import { filingKindSchema, filingSchema } from "../filing/filing";
import { slugSchema, yearSchema } from "../domain/primitives";
import { fieldChangeSchema } from "../filing/diff-filings";
import { findingSchema } from "../rules/finding";
import { STORE_LIMITS } from "../domain/store-limits";
import {
  auditEntrySchema,
  draftRecordSchema,
  filingHeadSchema,
  findingCountsSchema,
  isoDateTimeSchema,
  reviewCommentSchema,
  submissionSourceSchema,
  versionRecordSchema,
} from "./records";

/**
 * Request and response shapes of the services. The HTTP layer parses requests with them and
 * generates /openapi.json from them; names are stable.
 */
export {
  auditEntrySchema,
  draftRecordSchema,
  findingCountsSchema,
  reviewCommentSchema,
  storedParamsSchema,
  versionRecordSchema,
} from "./records";
export { fieldChangeSchema, type FieldChange } from "../filing/diff-filings";

export const idempotencyKeySchema = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[\x21-\x7e]+$/, "nur sichtbare ASCII-Zeichen");

/** What the HTTP layer hands to submitFiling besides the parsed body. */
export const submitOptionsSchema = z.object({
  source: submissionSourceSchema,
  idempotencyKey: idempotencyKeySchema.optional(),
});

export const submitResponseSchema = z.object({
  filingId: z.string(),
  version: z.number().int().min(1),
  status: filingStatusSchema,
  /** Warnings and hints of the stored version (a submission with Fehler is never stored). */
  findings: z.array(findingSchema),
  /** True when an earlier request with the same Idempotency-Key already stored this version. */
  replayed: z.boolean(),
});

/** The stored head's public fields (not auditSeq, createdAt) plus its due date. */
export const filingSummarySchema = filingHeadSchema
  .pick({
    filingId: true,
    kind: true,
    meta: true,
    status: true,
    latestVersion: true,
    submittedAt: true,
    updatedAt: true,
    amounts: true,
  })
  .extend({
    /** From the year's program parameters (VN: verwendungsnachweisFaellig, JB: jahresberichtFaellig). */
    dueDate: z.iso.date(),
    /** Status zurückgegeben (back with the Träger) and the due date has passed (Europe/Berlin). */
    overdue: z.boolean(),
    findingCounts: findingCountsSchema,
    /** A Verwendungsnachweis: granted, paid (Auszahlungen) and stated Zuschuss, in cents. */
    zahlen: zahlungsStandSchema.pick({ bewilligt: true, ausgezahlt: true, angegeben: true }).optional(),
  });

/** A Zuordnung (district → Träger) of the year with no filing of that kind yet. */
export const missingFilingSchema = filingSummarySchema.pick({
  filingId: true,
  kind: true,
  meta: true,
  dueDate: true,
  overdue: true,
});

export const listQuerySchema = z.object({
  programmeId: slugSchema,
  year: z.coerce.number().pipe(yearSchema),
  status: filingStatusSchema.optional(),
  districtId: slugSchema.optional(),
  kind: filingKindSchema.optional(),
});

export const listResponseSchema = z.object({
  items: z.array(filingSummarySchema),
  /** Ignores the `status` filter (a missing filing has none); honours `districtId` and `kind`. */
  missing: z.array(missingFilingSchema),
});

/** A field path as a reviewer may send it: the form's keys are short ASCII names, rows small numbers. */
export const commentPathSchema = z
  .array(
    z.union([
      z
        .string()
        .regex(
          new RegExp(`^[A-Za-z][A-Za-z0-9]{0,${STORE_LIMITS.commentPathKeyLength - 1}}$`),
          "ein Feldname aus Buchstaben und Ziffern",
        ),
      z.number().int().min(0).max(99_999),
    ]),
  )
  .max(STORE_LIMITS.commentPathSegments);

export const reviewCommentInputSchema = z.object({
  path: commentPathSchema.optional(),
  cell: z.string().max(STORE_LIMITS.commentCellLength).optional(),
  text: z.string().trim().min(1).max(STORE_LIMITS.commentTextLength),
});

export const reviewRequestSchema = z.object({
  action: reviewActionSchema,
  /** The version the reviewer looked at; a newer one makes the request a conflict. */
  expectedVersion: z.number().int().min(1).optional(),
  comments: z
    .array(reviewCommentInputSchema)
    .max(STORE_LIMITS.commentsPerReview)
    .refine(
      (comments) => comments.reduce((n, c) => n + c.text.length, 0) <= STORE_LIMITS.commentTextTotal,
      `Alle Kommentare zusammen höchstens ${STORE_LIMITS.commentTextTotal.toLocaleString("de-DE")} Zeichen`,
    )
    .optional(),
  ...pruefvermerkRequestFields,
});

export const reviewResponseSchema = z.object({
  filingId: z.string(),
  status: filingStatusSchema,
  version: z.number().int().min(1),
  audit: auditEntrySchema,
});

/** A comment flattened with the review it belongs to, newest last. */
export const filingCommentSchema = reviewCommentSchema.extend({
  version: z.number().int().min(1),
  at: isoDateTimeSchema,
  by: auditEntrySchema.shape.by,
  action: auditEntrySchema.shape.action,
});

export const versionInfoSchema = versionRecordSchema.pick({
  version: true,
  submittedAt: true,
  submittedBy: true,
});

export const filingDetailSchema = z.object({
  filing: filingSummarySchema,
  latest: versionRecordSchema,
  versions: z.array(versionInfoSchema),
  audit: z.array(auditEntrySchema),
  comments: z.array(filingCommentSchema),
  /** Retention and signature of the latest version (docs/records.md). */
  records: filingRecordsSchema.optional(),
  /** A Verwendungsnachweis: payments and the Rückforderung following from the Prüfvermerk. */
  zahlungen: zahlungsStandSchema.optional(),
  /** Findings that need the payments (VN-ZUSCHUSS-AUSGEZAHLT): granted and paid against the form. */
  zahlungsBefunde: z.array(findingSchema).optional(),
});

export const diffResponseSchema = z.object({
  filingId: z.string(),
  from: z.number().int().min(1),
  to: z.number().int().min(1),
  changes: z.array(fieldChangeSchema),
});

/** A programme as GET /programmes lists it: identity, forms and Stammdaten (no year's parameters). */
export const programmeSummarySchema = programmeSchema.pick({
  id: true,
  name: true,
  zuwendungsgeber: true,
  forms: true,
  traeger: true,
  districts: true,
});
export const programmeListSchema = z.array(programmeSummarySchema);

/** PUT /drafts/{id}: the workbook's current content, as incomplete as it may be during the year. */
export const draftRequestSchema = z.object({ content: filingSchema });
export const draftResponseSchema = draftRecordSchema;

export type DraftRequest = z.infer<typeof draftRequestSchema>;
export type DraftResponse = z.infer<typeof draftResponseSchema>;
export type ProgrammeSummary = z.infer<typeof programmeSummarySchema>;
export type SubmitOptions = z.infer<typeof submitOptionsSchema>;
export type SubmitResponse = z.infer<typeof submitResponseSchema>;
export type FilingSummary = z.infer<typeof filingSummarySchema>;
export type MissingFiling = z.infer<typeof missingFilingSchema>;
export type ListQuery = z.infer<typeof listQuerySchema>;
export type ListResponse = z.infer<typeof listResponseSchema>;
export type ReviewCommentInput = z.infer<typeof reviewCommentInputSchema>;
export type ReviewRequest = z.infer<typeof reviewRequestSchema>;
export type ReviewResponse = z.infer<typeof reviewResponseSchema>;
export type FilingComment = z.infer<typeof filingCommentSchema>;
export type VersionInfo = z.infer<typeof versionInfoSchema>;
export type FilingDetail = z.infer<typeof filingDetailSchema>;
export type DiffResponse = z.infer<typeof diffResponseSchema>;
