import {
  auditEntrySchema,
  draftRecordSchema,
  filingHeadSchema,
  storedParamsSchema,
  versionRecordSchema,
  type StoredParams,
} from "../../shared/api/records";
import type { ProgrammeYear } from "../../shared/programme/program-params";
import type { FilingStore } from "../core/filing-store";
import { readStored } from "../core/stored-records";
import { paramsPk, yearGsiPk, yearGsiSk } from "./keys";
import { reviewAuditEntry } from "./audit-entries";
import { appendVersionInMemory } from "./memory-append-version";
import {
  copy,
  emptyRecords,
  readHead,
  readIdempotency,
  sameState,
  snapshotOf,
  versionKey,
} from "./memory-records";
import { encodeDraft, foreignDraftConflict } from "./draft-rules";
import * as files from "./memory-record-files";
import { zahlungEintragSchema } from "../../shared/pruefung/zahlung";
import { listStichprobenInMemory, requestStichprobeInMemory } from "./memory-stichprobe";

/**
 * FilingStore in memory, for service tests that need the store's semantics but not DynamoDB: the
 * same conditional writes (a head changes only from the state the caller read), nothing deleted,
 * nothing but a draft overwritten (and only by its Träger), the version cap, Idempotency-Key replays
 * and conflicts, the size limits. `filing-store.contract.ts` holds it and the DynamoDB store to one
 * suite. What it does not model: DynamoDB's faults and limits per call (throttling, 100 keys per
 * batch, 1 MB pages) – those stay tested on DynamoDB Local.
 *
 * Adding a FilingStore method: implement it below (TypeScript flags this object until you do),
 * keep its records in `MemoryRecords` (memory-records.ts), read them back through the schema the
 * DynamoDB module parses with, add its cases to `filing-store.contract.ts`, and classify it read or
 * write in tests/hardening/route-fuzz.test.ts.
 */
export interface MemoryFilingStore extends FilingStore {
  /** Every record, sorted and copied – to prove what a call wrote (or did not). */
  snapshot(): Record<string, unknown>[];
}

export const createMemoryFilingStore = (): MemoryFilingStore => {
  const db = emptyRecords();
  /** A year's heads in the year index's order (Träger, kind, district). */
  const yearHeads = (at: ProgrammeYear) =>
    [...db.heads.values()]
      .filter((item) => yearGsiPk(item.meta as ProgrammeYear) === yearGsiPk(at))
      .map((item) => readStored(filingHeadSchema, copy(item)))
      .sort((a, b) => yearGsiSk(a.kind, a.meta).localeCompare(yearGsiSk(b.kind, b.meta)));
  const auditOf = (filingId: string) =>
    (db.audit.get(filingId) ?? []).map((e) => auditEntrySchema.parse(copy(e)));
  const version = (filingId: string, n: number) => {
    const item = db.versions.get(versionKey(filingId, n));
    return item && readStored(versionRecordSchema, copy(item));
  };

  return {
    getHead: async (filingId) => readHead(db, filingId),
    listHeads: async (query) =>
      yearHeads(query).filter((h) => query.traegerId === undefined || h.meta.traegerId === query.traegerId),
    listHeadsPage: async (query, page) => {
      // As the year index pages: `limit` heads are read, then those of another kind left out.
      const all = yearHeads(query);
      const start = page.cursor === undefined ? 0 : Number(page.cursor);
      const end = start + (page.limit ?? 100);
      const heads = all.slice(start, end).filter((h) => query.kind === undefined || h.kind === query.kind);
      return { heads, ...(end < all.length && { cursor: String(end) }) };
    },
    getVersion: async (filingId, n) => version(filingId, n),
    getVersions: async (keys) => keys.flatMap((k) => version(k.filingId, k.version) ?? []),
    getAuditTrails: async (heads) =>
      new Map(heads.map((h) => [h.filingId, auditOf(h.filingId).filter((e) => e.seq <= h.auditSeq)])),
    listAudit: async (filingId) => auditOf(filingId),
    getIdempotencyRecord: async (sub, key) => readIdempotency(db, { sub, key }),
    readSubmission: async (query) => ({
      record: readIdempotency(db, query.idempotency),
      head: readHead(db, query.filingId),
      partnerHead: query.partnerFilingId === undefined ? undefined : readHead(db, query.partnerFilingId),
    }),
    appendVersion: (input) => appendVersionInMemory(db, input),
    applyReview: async (input) => {
      const current = readHead(db, input.filingId);
      // The DynamoDB store fails the same way: the service reads the head before it reviews.
      if (!current) throw new Error(`applyReview: Vorgang ${input.filingId} ist nicht gespeichert`);
      if (!sameState(current, input.expected)) return { applied: false, current };
      const { expected } = input;
      const head = {
        ...expected,
        status: input.toStatus,
        auditSeq: expected.auditSeq + 1,
        updatedAt: input.at,
      };
      const entry = reviewAuditEntry(input);

      const { status, auditSeq, updatedAt } = head;
      db.heads.set(input.filingId, { ...db.heads.get(input.filingId), status, auditSeq, updatedAt });
      db.audit.set(input.filingId, [...(db.audit.get(input.filingId) ?? []), copy(entry)]);
      return { applied: true, head, entry };
    },
    getParams: async (at) => {
      const latest = db.params.get(paramsPk(at))?.at(-1);
      return latest && storedParamsSchema.parse(copy(latest));
    },
    putParams: async (params, storedBy, storedAt) => {
      const versions = db.params.get(paramsPk(params)) ?? [];
      const stored: StoredParams = {
        programmeId: params.programmeId,
        year: params.year,
        version: versions.length + 1,
        params,
        storedAt,
        storedBy,
      };
      db.params.set(paramsPk(params), [...versions, copy(stored)]);
      return stored;
    },
    putDraft: async (draft, traegerId) => {
      encodeDraft(draft); // the same size limit
      const existing = db.drafts.get(draft.filingId);
      if (existing && existing.traegerId !== traegerId) throw foreignDraftConflict();
      db.drafts.set(draft.filingId, { ...copy(draft), traegerId });
      return draft;
    },
    getDraft: async (filingId, traegerId) => {
      const item = db.drafts.get(filingId);
      if (!item || item.traegerId !== traegerId) return undefined;
      return draftRecordSchema.parse(copy(item));
    },
    getOriginal: async (filingId, n) => files.getOriginal(db, filingId, n),
    redactVersion: async (input) => files.redactVersion(db, input),
    isRedacted: async (filingId, n) => db.redactions.has(versionKey(filingId, n)),
    putAttachment: async (record, bytes) => files.putAttachment(db, record, bytes),
    listAttachments: async (filingId, n) => files.listAttachments(db, filingId, n),
    getAttachment: async (filingId, n, attachmentId) => files.getAttachment(db, filingId, n, attachmentId),
    requestStichprobe: async (input) => requestStichprobeInMemory(db, input),
    listStichproben: async (filingId, n) => listStichprobenInMemory(db, filingId, n),
    listZahlungen: async (query) =>
      (db.zahlungen.get(`${query.programmeId}#${query.year}`) ?? [])
        .filter((e) => query.traegerId === undefined || e.traegerId === query.traegerId)
        .filter(
          (e) =>
            query.traegerId === undefined ||
            query.districtId === undefined ||
            e.districtId === query.districtId,
        )
        .map((e) => zahlungEintragSchema.parse(copy(e)))
        // As the ledger's sort key orders them: Träger, district, then seq.
        .sort(
          (a, b) =>
            `${a.traegerId}#${a.districtId}`.localeCompare(`${b.traegerId}#${b.districtId}`) || a.seq - b.seq,
        ),
    appendZahlung: async (entry) => {
      const key = `${entry.programmeId}#${entry.year}`;
      const ledger = db.zahlungen.get(key) ?? [];
      const seq =
        ledger.filter((e) => e.traegerId === entry.traegerId && e.districtId === entry.districtId).length + 1;
      const stored = zahlungEintragSchema.parse({ ...copy(entry), seq });
      db.zahlungen.set(key, [...ledger, copy(stored)]);
      return stored;
    },
    snapshot: () => snapshotOf(db),
  };
};
