import { createHash } from "node:crypto";
import { attachmentRecordSchema, type AttachmentRecord } from "../../shared/api/records-schemas";
import { MAX_ORIGINAL_BYTES } from "../../shared/domain/store-limits";
import type { OriginalFile, RedactVersionInput, RemovedOriginal, StoredOriginal } from "../core/filing-store";
import { ConflictError, NotFoundError } from "../core/errors";
import { megabytes, TooLargeError } from "../core/too-large-error";
import { SCHEMA_VERSION } from "../core/stored-records";
import type { FilingHead } from "../../shared/api/records";
import { redactionAuditEntry } from "./audit-entries";
import { copy, versionKey, type MemoryRecords } from "./memory-records";

/*
 * The ten-year record in memory (originals, attachments, the Löschkonzept's redaction), with the
 * semantics of original-items.ts, attachment-items.ts and redaction-items.ts: never replaced, the
 * same size bound, hashes checked on read, the one change after the fact only from the head as read.
 */

const sha256Of = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Checked before the submission's records are written, as originalItems does inside the transaction. */
export const checkOriginal = (original: OriginalFile | undefined) => {
  if (original && original.bytes.byteLength > MAX_ORIGINAL_BYTES)
    throw new TooLargeError(
      `Die Einreichung ist zu groß (${megabytes(original.bytes.byteLength)}); aufbewahrt werden höchstens ${megabytes(MAX_ORIGINAL_BYTES)} je Version. Bitte nur die Vorlage mit den eigenen Angaben senden.`,
    );
};

export const putOriginal = (db: MemoryRecords, filingId: string, version: number, original: OriginalFile) =>
  db.originals.set(versionKey(filingId, version), {
    mediaType: original.mediaType,
    bytes: Uint8Array.from(original.bytes),
  });

export const getOriginal = (
  db: MemoryRecords,
  filingId: string,
  version: number,
): StoredOriginal | RemovedOriginal | undefined => {
  const item = db.originals.get(versionKey(filingId, version));
  const sha256 = db.versions.get(versionKey(filingId, version))?.sha256 as string | undefined;
  if (!item || sha256 === undefined) return undefined;
  if (item.removedAt) return { mediaType: item.mediaType, sha256, removedAt: item.removedAt };
  if (sha256Of(item.bytes) !== sha256)
    throw new Error(`Original von Version ${version}: Prüfsumme stimmt nicht`);
  return { mediaType: item.mediaType, bytes: Uint8Array.from(item.bytes), sha256 };
};

export const putAttachment = (
  db: MemoryRecords,
  record: Omit<AttachmentRecord, "chunks">,
  bytes: Uint8Array,
): AttachmentRecord => {
  const key = versionKey(record.filingId, record.version);
  if (!db.versions.has(key))
    throw new NotFoundError(`Version ${record.version} dieses Vorgangs gibt es nicht.`);
  const list = db.attachments.get(key) ?? [];
  if (list.some((a) => a.record.attachmentId === record.attachmentId))
    throw new ConflictError("Diese Anlage gibt es schon. Bitte erneut hochladen.");
  const stored = attachmentRecordSchema.parse({ ...copy(record), chunks: 1 });
  db.attachments.set(key, [...list, { record: stored, bytes: Uint8Array.from(bytes) }]);
  return stored;
};

export const listAttachments = (db: MemoryRecords, filingId: string, version: number): AttachmentRecord[] =>
  (db.attachments.get(versionKey(filingId, version)) ?? [])
    .map((a) => attachmentRecordSchema.parse(copy(a.record)))
    .sort((a, b) => a.attachmentId.localeCompare(b.attachmentId));

export const getAttachment = (db: MemoryRecords, filingId: string, version: number, attachmentId: string) => {
  const hit = db.attachments
    .get(versionKey(filingId, version))
    ?.find((a) => a.record.attachmentId === attachmentId);
  if (!hit) return undefined;
  if (sha256Of(hit.bytes) !== hit.record.sha256)
    throw new Error(`Anlage ${attachmentId}: Prüfsumme stimmt nicht`);
  return { record: attachmentRecordSchema.parse(copy(hit.record)), bytes: Uint8Array.from(hit.bytes) };
};

/** As redactVersion of redaction-items.ts: only from the head as read, once per version. */
export const redactVersion = (db: MemoryRecords, input: RedactVersionInput): FilingHead => {
  const key = versionKey(input.filingId, input.version);
  const headItem = db.heads.get(input.filingId);
  if (!headItem || headItem.auditSeq !== input.expected.auditSeq)
    throw new ConflictError("Der Vorgang wurde gerade geändert; bitte das Schwärzen erneut auslösen.");
  const versionItem = db.versions.get(key);
  if (!versionItem) throw new ConflictError(`Version ${input.version} gibt es nicht.`);
  if (db.redactions.has(key)) throw new ConflictError(`Version ${input.version} ist bereits geschwärzt.`);
  const head = { ...input.expected, auditSeq: input.expected.auditSeq + 1, updatedAt: input.at };
  db.versions.set(key, {
    ...versionItem,
    ...copy({ content: input.content, findings: input.findings }),
    schemaVersion: SCHEMA_VERSION,
  });
  db.redactions.set(key, {
    at: input.at,
    by: { sub: input.by.sub, name: input.by.name },
    names: input.names,
  });
  const original = db.originals.get(key);
  if (original)
    db.originals.set(key, { mediaType: original.mediaType, bytes: new Uint8Array(), removedAt: input.at });
  db.heads.set(input.filingId, { ...headItem, auditSeq: head.auditSeq, updatedAt: input.at });
  db.audit.set(input.filingId, [...(db.audit.get(input.filingId) ?? []), copy(redactionAuditEntry(input))]);
  return head;
};
