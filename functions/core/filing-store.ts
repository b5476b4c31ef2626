import type { FilingStatus } from "../../shared/domain/lifecycle";
import type { Filing, FilingKind } from "../../shared/filing/filing";
import type { ProgramParams, ProgrammeYear } from "../../shared/programme/program-params";
import type { Finding } from "../../shared/rules/finding";
import type {
  Actor,
  AuditEntry,
  DraftRecord,
  FilingHead,
  ReviewComment,
  StoredParams,
  SubmissionSource,
  VersionRecord,
} from "../../shared/api/records";
import type { IdempotencyRecord } from "./idempotency-record";
import type { AttachmentRecord } from "../../shared/api/records-schemas";
import type { StichprobeRecord } from "../../shared/api/stichprobe-schemas";

/** Exactly the bytes a submission was received as (the .xlsx or the JSON body). */
export interface OriginalFile {
  mediaType: string;
  bytes: Uint8Array;
}

/** An original as read back; `sha256` recomputed from the bytes and equal to the version's. */
export interface StoredOriginal extends OriginalFile {
  sha256: string;
}

/** An original whose bytes were removed by the Löschkonzept; the recorded hash stays. */
export interface RemovedOriginal {
  mediaType: string;
  sha256: string;
  removedAt: string;
}

export interface RedactVersionInput {
  filingId: string;
  version: number;
  /** The head as read; the write fails if the audit sequence moved on. */
  expected: FilingHead;
  content: Filing;
  findings: Finding[];
  /** How many name fields were redacted (kept on the version, never the names). */
  names: number;
  by: Actor;
  at: string;
  /** The audit entry's comment: what was done, under which rule. */
  note: string;
}

import type { ZahlungEintrag } from "../../shared/pruefung/zahlung";

/** A year's payment ledger, optionally of one Träger (and one of its districts). */
export type ZahlungenQuery = ProgrammeYear & { traegerId?: string; districtId?: string };

export interface AppendVersionInput {
  filingId: string;
  content: Filing;
  findings: Finding[];
  sha256: string;
  by: Actor;
  at: string;
  signer: VersionRecord["signer"];
  source: SubmissionSource;
  /** Kept in the same transaction as the version; absent only in store tests of content alone. */
  original?: OriginalFile;
  /** Statuses a new version may follow; `null` stands for "no version yet". */
  submittableFrom: readonly (FilingStatus | null)[];
  /** Scope (the caller's sub) and key of the Idempotency-Key header, when sent. */
  idempotency?: { sub: string; key: string };
  /**
   * The head as the caller already read it (readSubmission), so the first attempt reads nothing;
   * absent: the store reads it. After a lost race the store always reads again.
   */
  read?: { head: FilingHead | undefined };
  /**
   * The program parameters the findings were computed with: the transaction checks that no newer
   * version exists (version 0 = the pack's defaults, none stored) and throws StaleParamsError if one does.
   */
  paramsUsed?: ProgrammeYear & { version: number };
  /** Versions a filing may have (the year's maxVersionen); one more is a ConflictError. */
  maxVersions?: number;
}

/** A Stichprobe request of one version (stichprobe-items.ts); the service checked the Belegnummern. */
export interface RequestStichprobeInput {
  /** The head as read; the write fails if the audit sequence moved on. */
  expected: FilingHead;
  version: number;
  belegnummern: string[];
  faelligAm: string;
  hinweis?: string;
  by: Actor;
  at: string;
  /** The audit entry's comment: which Belege until when. */
  comment: string;
}

export interface SubmissionReadsQuery {
  filingId: string;
  /** The filing the submitted one is cross-checked with (a Jahresbericht's Verwendungsnachweis). */
  partnerFilingId?: string;
  idempotency?: { sub: string; key: string };
}

export interface SubmissionReads {
  record?: IdempotencyRecord;
  head?: FilingHead;
  partnerHead?: FilingHead;
}

export type AppendVersionResult =
  { replayed: false; head: FilingHead } | { replayed: true; record: IdempotencyRecord };

export interface ApplyReviewInput {
  filingId: string;
  /**
   * The head as the caller read it; the write fails when status, version or audit moved on. Every
   * head write moves auditSeq on, so the head after the change is derived from it without a re-read.
   */
  expected: FilingHead;
  action: AuditEntry["action"];
  toStatus: FilingStatus;
  by: Actor;
  at: string;
  comments: ReviewComment[];
  /** Written into the audit entry as given (only „pruefen“ carries them). */
  pruefvermerk?: AuditEntry["pruefvermerk"];
  quittierungen?: AuditEntry["quittierungen"];
}

export type ApplyReviewResult =
  | { applied: true; head: FilingHead; entry: AuditEntry }
  /** Someone changed the filing first; `current` is its state now. */
  | { applied: false; current: FilingHead };

/**
 * Persistence of filings, their immutable versions, the audit trail, idempotency records, the
 * versioned program parameters and the Träger's drafts. Nothing is ever deleted; nothing but a draft
 * is overwritten: every write is a conditional put or a conditional update of a head item.
 * The single exception is `redactVersion` (Löschkonzept, docs/records.md): after the
 * Aufbewahrungsfrist, an audited redaction of names that removes the original's bytes.
 */
export interface FilingStore {
  getHead(filingId: string): Promise<FilingHead | undefined>;
  /** Heads of a year, optionally only one Träger's (never filtered after the fact for a Träger). */
  listHeads(query: ProgrammeYear & { traegerId?: string }): Promise<FilingHead[]>;
  /** One page of a year's heads (of one kind), so a year of any size is read with flat memory. */
  listHeadsPage(
    query: ProgrammeYear & { kind?: FilingKind },
    page: { cursor?: string; limit?: number },
  ): Promise<{ heads: FilingHead[]; cursor?: string }>;
  getVersion(filingId: string, version: number): Promise<VersionRecord | undefined>;
  /** Versions by key in batch reads (100 keys a call), in the keys' order; missing ones left out. */
  getVersions(keys: readonly { filingId: string; version: number }[]): Promise<VersionRecord[]>;
  /** The whole audit trail of each filing in batch reads (the head's auditSeq names every key). */
  getAuditTrails(
    heads: readonly Pick<FilingHead, "filingId" | "auditSeq">[],
  ): Promise<Map<string, AuditEntry[]>>;

  listAudit(filingId: string): Promise<AuditEntry[]>;
  /** The bytes a version was received as; undefined for a version stored before originals were kept. */
  getOriginal(filingId: string, version: number): Promise<StoredOriginal | RemovedOriginal | undefined>;
  /**
   * THE ONE CHANGE AFTER THE FACT (Löschkonzept): replaces a version's content and findings by
   * their redacted form and deletes its original's bytes, with an audit entry, in one transaction.
   * Returns the head after it. Only the retention service calls it, after the Aufbewahrungsfrist.
   */
  redactVersion(input: RedactVersionInput): Promise<FilingHead>;
  isRedacted(filingId: string, version: number): Promise<boolean>;
  getIdempotencyRecord(sub: string, key: string): Promise<IdempotencyRecord | undefined>;
  /** The idempotency record, the head and the partner's head of a submission in one store call. */
  readSubmission(query: SubmissionReadsQuery): Promise<SubmissionReads>;
  /**
   * Stores version latest + 1 with its audit entry (and idempotency record) in one transaction,
   * retrying when a concurrent submission won. Throws ConflictError when the filing's status does
   * not allow a new version or the Idempotency-Key was used for a different body.
   */
  appendVersion(input: AppendVersionInput): Promise<AppendVersionResult>;
  /** One state change with its audit entry, only if the head is still as `expected`. */
  applyReview(input: ApplyReviewInput): Promise<ApplyReviewResult>;
  getParams(at: ProgrammeYear): Promise<StoredParams | undefined>;
  /**
   * Saves a Träger's draft, replacing its earlier one – the only overwrite in the store, and only
   * by the same Träger (a draft of another Träger under the same id makes it a ConflictError).
   */
  putDraft(draft: DraftRecord, traegerId: string): Promise<DraftRecord>;
  /**
   * The draft if it was saved by `traegerId`; undefined when none was saved or it is another
   * Träger's (decided from the item's owner before its body is decompressed).
   */
  getDraft(filingId: string, traegerId: string): Promise<DraftRecord | undefined>;
  /** Adds an attachment (its record and bytes) to an existing version; never replaces one. */
  putAttachment(record: Omit<AttachmentRecord, "chunks">, bytes: Uint8Array): Promise<AttachmentRecord>;
  listAttachments(filingId: string, version: number): Promise<AttachmentRecord[]>;
  /** The attachment with its bytes, their SHA-256 checked; undefined when there is none. */
  getAttachment(
    filingId: string,
    version: number,
    attachmentId: string,
  ): Promise<{ record: AttachmentRecord; bytes: Uint8Array } | undefined>;
  /**
   * Stores a Stichprobe request as a new item with its audit entry (never an overwrite: a later
   * request is another item); ConflictError when the head moved on, NotFoundError without the version.
   */
  requestStichprobe(input: RequestStichprobeInput): Promise<{ head: FilingHead; record: StichprobeRecord }>;
  /** The Stichprobe requests of a version, oldest first. */
  listStichproben(filingId: string, version: number): Promise<StichprobeRecord[]>;
  /** The payment ledger (Auszahlungen, Festsetzung, Rückzahlung), oldest first (payment-items.ts). */
  listZahlungen(query: ZahlungenQuery): Promise<ZahlungEintrag[]>;
  /** Appends one ledger entry as the next of its Träger and district; nothing is ever overwritten. */
  appendZahlung(entry: Omit<ZahlungEintrag, "seq">): Promise<ZahlungEintrag>;
  /** Stores the parameters as the next version of their programme's year. */
  putParams(params: ProgramParams, by: StoredParams["storedBy"], at: string): Promise<StoredParams>;
}
