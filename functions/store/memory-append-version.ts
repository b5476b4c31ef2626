import type { FilingHead } from "../../shared/api/records";
import { idempotencyRecordOf, submissionAuditEntry } from "./audit-entries";
import type { AppendVersionInput, AppendVersionResult } from "../core/filing-store";
import { idempotencyConflict } from "../core/idempotency-conflict";
import type { IdempotencyRecord } from "../core/idempotency-record";
import { StaleParamsError } from "../core/stale-params-error";
import { SCHEMA_VERSION } from "../core/stored-records";
import { idempotencyPk, paramsPk } from "./keys";
import { copy, readHead, readIdempotency, sameState, versionKey, type MemoryRecords } from "./memory-records";
import { nextHead } from "./next-head";
import { encodeContent } from "./version-content";
import { checkOriginal, putOriginal } from "./memory-record-files";

const replay = (record: IdempotencyRecord, sha256: string): AppendVersionResult => {
  if (record.requestSha256 !== sha256) throw idempotencyConflict();
  return { replayed: true, record };
};

/**
 * The submission transaction in memory: every condition of the DynamoDB transaction checked (params
 * still the latest, head unchanged since `read`, Idempotency-Key unused), then every record written
 * – synchronously, so no other call runs in between. False: a concurrent call won the race.
 */
const commit = (
  db: MemoryRecords,
  input: AppendVersionInput,
  read: FilingHead | undefined,
  next: FilingHead,
) => {
  const used = input.paramsUsed;
  if (used && (db.params.get(paramsPk(used))?.length ?? 0) > used.version) throw new StaleParamsError();
  if (!sameState(read, readHead(db, input.filingId)) || readIdempotency(db, input.idempotency)) return false;
  db.heads.set(input.filingId, { ...copy(next), schemaVersion: SCHEMA_VERSION });
  db.versions.set(versionKey(input.filingId, next.latestVersion), {
    ...copy({
      filingId: input.filingId,
      version: next.latestVersion,
      sha256: input.sha256,
      submittedBy: { sub: input.by.sub, name: input.by.name },
      submittedAt: input.at,
      signer: input.signer,
      source: input.source,
      findingCounts: next.findingCounts,
      content: input.content,
      findings: input.findings,
    }),
    schemaVersion: SCHEMA_VERSION,
  });
  if (input.original) putOriginal(db, input.filingId, next.latestVersion, input.original);
  const entry = submissionAuditEntry(input, read, next);

  db.audit.set(input.filingId, [...(db.audit.get(input.filingId) ?? []), copy(entry)]);
  if (input.idempotency)
    db.idempotency.set(
      idempotencyPk(input.idempotency.sub, input.idempotency.key),
      idempotencyRecordOf({ ...input, idempotency: input.idempotency }, next),
    );
  return true;
};

/**
 * As the DynamoDB store's appendVersion (append-version.ts): the same size limits, the first attempt
 * trusts the head the caller read, a lost race reads the idempotency record and the head again.
 */
export const appendVersionInMemory = async (
  db: MemoryRecords,
  input: AppendVersionInput,
): Promise<AppendVersionResult> => {
  encodeContent({ content: input.content, findings: input.findings }); // throws past the size limit
  checkOriginal(input.original);
  let read = input.read;
  for (;;) {
    if (!read) {
      const found = readIdempotency(db, input.idempotency);
      if (found) return replay(found, input.sha256);
      read = { head: readHead(db, input.filingId) };
    }
    const next = nextHead(input, read.head);
    if (commit(db, input, read.head, next)) return { replayed: false, head: next };
    read = undefined;
  }
};
