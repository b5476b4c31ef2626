import type { AuditEntry, FilingHead } from "../../shared/api/records";
import type { AppendVersionInput, ApplyReviewInput, RedactVersionInput } from "../core/filing-store";
import type { IdempotencyRecord } from "../core/idempotency-record";

/**
 * The records a write appends besides the head, built once for every FilingStore implementation
 * (DynamoDB and in memory store exactly these).
 */

/** The audit entry of a submission that moves the head from `current` to `head`. */
export const submissionAuditEntry = (
  input: AppendVersionInput,
  current: FilingHead | undefined,
  head: FilingHead,
): AuditEntry => ({
  seq: head.auditSeq,
  at: input.at,
  by: input.by,
  action: "einreichen",
  fromStatus: current?.status ?? null,
  toStatus: head.status,
  version: head.latestVersion,
  comments: [],
});

/** What an Idempotency-Key stores with a submission, to answer its repetition. */
export const idempotencyRecordOf = (
  input: AppendVersionInput & { idempotency: NonNullable<AppendVersionInput["idempotency"]> },
  head: FilingHead,
): IdempotencyRecord => ({
  key: input.idempotency.key,
  sub: input.idempotency.sub,
  requestSha256: input.sha256,
  filingId: input.filingId,
  version: head.latestVersion,
  status: head.status,
  createdAt: input.at,
});

/** The audit entry of a review step on the head as the reviewer read it. */
export const reviewAuditEntry = (input: ApplyReviewInput): AuditEntry => ({
  seq: input.expected.auditSeq + 1,
  at: input.at,
  by: input.by,
  action: input.action,
  fromStatus: input.expected.status,
  toStatus: input.toStatus,
  version: input.expected.latestVersion,
  comments: input.comments,
  ...(input.pruefvermerk && { pruefvermerk: input.pruefvermerk }),
  ...(input.quittierungen && { quittierungen: input.quittierungen }),
});

/** The audit entry of a redaction (Löschkonzept): status unchanged, the note as its one comment. */
export const redactionAuditEntry = (input: RedactVersionInput): AuditEntry => ({
  seq: input.expected.auditSeq + 1,
  at: input.at,
  by: input.by,
  action: "schwaerzen",
  fromStatus: input.expected.status,
  toStatus: input.expected.status,
  version: input.version,
  comments: [{ text: input.note }],
});
