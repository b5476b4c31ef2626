import { stichprobeRecordSchema, type StichprobeRecord } from "../../shared/api/stichprobe-schemas";
import type { FilingHead } from "../../shared/api/records";
import { ConflictError, NotFoundError } from "../core/errors";
import type { RequestStichprobeInput } from "../core/filing-store";
import { copy, versionKey, type MemoryRecords } from "./memory-records";
import { stichprobeAuditEntry, stichprobeRecordOf } from "./stichprobe-items";

/** As requestStichprobe of stichprobe-items.ts: only from the head as read, a new record each time. */
export const requestStichprobeInMemory = (
  db: MemoryRecords,
  input: RequestStichprobeInput,
): { head: FilingHead; record: StichprobeRecord } => {
  const { filingId } = input.expected;
  const headItem = db.heads.get(filingId);
  if (!headItem || headItem.auditSeq !== input.expected.auditSeq)
    throw new ConflictError("Der Vorgang wurde gerade geändert; bitte die Stichprobe erneut anfordern.");
  const key = versionKey(filingId, input.version);
  if (!db.versions.has(key))
    throw new NotFoundError(`Version ${input.version} dieses Vorgangs gibt es nicht.`);
  const seq = input.expected.auditSeq + 1;
  const record = stichprobeRecordSchema.parse(stichprobeRecordOf(input, seq));
  db.stichproben.set(key, [...(db.stichproben.get(key) ?? []), copy(record)]);
  db.heads.set(filingId, { ...headItem, auditSeq: seq, updatedAt: input.at });
  db.audit.set(filingId, [...(db.audit.get(filingId) ?? []), copy(stichprobeAuditEntry(input, seq))]);
  return { head: { ...input.expected, auditSeq: seq, updatedAt: input.at }, record };
};

export const listStichprobenInMemory = (db: MemoryRecords, filingId: string, version: number) =>
  (db.stichproben.get(versionKey(filingId, version)) ?? []).map((r) => stichprobeRecordSchema.parse(copy(r)));
