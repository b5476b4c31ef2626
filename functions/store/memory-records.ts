import { filingHeadSchema, type FilingHead } from "../../shared/api/records";
import { idempotencyRecordSchema, type IdempotencyRecord } from "../core/idempotency-record";
import { readStored } from "../core/stored-records";
import { idempotencyPk } from "./keys";

type Item = Record<string, unknown>;

/**
 * What the in-memory FilingStore holds, keyed as the DynamoDB table keys it (docs/data-model.md).
 * Items are stored as the DynamoDB store writes them (with `schemaVersion`) and read back through
 * the same schemas (`readStored`), so both stores answer with records of one shape.
 */
export interface MemoryRecords {
  /** filingId → head item. */
  heads: Map<string, Item>;
  /** `<filingId>#<version>` → the version item, content and findings inline (no gzip, no chunks). */
  versions: Map<string, Item>;
  /** filingId → audit entries, oldest first. */
  audit: Map<string, Item[]>;
  /** idempotencyPk → record. */
  idempotency: Map<string, Item>;
  /** paramsPk → versions 1…n in order. */
  params: Map<string, Item[]>;
  /** filingId → the draft with its owner. */
  drafts: Map<string, Item & { traegerId: string }>;
  /** `<filingId>#<version>` → the original as received (bytes emptied when the Löschkonzept removed them). */
  originals: Map<string, { mediaType: string; bytes: Uint8Array; removedAt?: string }>;
  /** `<filingId>#<version>` → its attachments with their bytes, in upload order. */
  attachments: Map<string, { record: Item & { attachmentId: string; sha256: string }; bytes: Uint8Array }[]>;
  /** `<filingId>#<version>` → who redacted it when (Löschkonzept). */
  redactions: Map<string, Item>;
  /** `<programme>#<year>` → the payment ledger, in append order. */
  zahlungen: Map<string, Item[]>;
  /** `<filingId>#<version>` → its Stichprobe requests, in request order. */
  stichproben: Map<string, Item[]>;
}

export const emptyRecords = (): MemoryRecords => ({
  heads: new Map(),
  versions: new Map(),
  audit: new Map(),
  idempotency: new Map(),
  params: new Map(),
  drafts: new Map(),
  originals: new Map(),
  attachments: new Map(),
  redactions: new Map(),
  zahlungen: new Map(),
  stichproben: new Map(),
});

/** A deep copy as DynamoDB round-trips a value: undefined fields dropped, plain JSON values. */
export const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export const versionKey = (filingId: string, version: number) => `${filingId}#${version}`;

export const readHead = (db: MemoryRecords, filingId: string): FilingHead | undefined => {
  const item = db.heads.get(filingId);
  return item && readStored(filingHeadSchema, copy(item));
};

export const readIdempotency = (
  db: MemoryRecords,
  idem: { sub: string; key: string } | undefined,
): IdempotencyRecord | undefined => {
  const item = idem && db.idempotency.get(idempotencyPk(idem.sub, idem.key));
  return item ? idempotencyRecordSchema.parse(copy(item)) : undefined;
};

/** The condition of every head write: status, latest version and audit sequence as the caller read them. */
export const sameState = (a: FilingHead | undefined, b: FilingHead | undefined): boolean =>
  a === b ||
  (!!a && !!b && a.status === b.status && a.latestVersion === b.latestVersion && a.auditSeq === b.auditSeq);

/** Every record, sorted by kind and key and copied – for tests to prove what a call wrote (or did not). */
export const snapshotOf = (db: MemoryRecords): Item[] =>
  Object.entries(db).flatMap(([kind, map]: [string, Map<string, unknown>]) =>
    [...map.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => copy({ kind, key, value })),
  );
