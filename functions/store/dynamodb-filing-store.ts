import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { appendVersion } from "./append-version";
import { getAuditTrails, getVersions, listHeadsPage } from "./batch-read";
import { applyReview } from "./apply-review";
import { tableRef } from "./document-client";
import type { FilingStore } from "../core/filing-store";
import { getDraft, putDraft } from "./draft-items";
import { getOriginal } from "./original-items";
import { isRedacted, redactVersion } from "./redaction-items";
import { getAttachment, listAttachments, putAttachment } from "./attachment-items";
import { getParams, putParams } from "./params-items";
import { appendZahlung, listZahlungen } from "./payment-items";
import { readSubmission } from "./submission-reads";
import { listStichproben, requestStichprobe } from "./stichprobe-items";
import { getHead, getIdempotencyRecord, getVersion, listAudit, listHeads } from "./read-items";

/** FilingStore on one DynamoDB table laid out as TABLE_DEFINITION and docs/data-model.md describe. */
export const createDynamoDbFilingStore = (client: DynamoDBClient, tableName: string): FilingStore => {
  const table = tableRef(client, tableName);
  return {
    getHead: (filingId) => getHead(table, filingId),
    listHeads: (query) => listHeads(table, query),
    listHeadsPage: (query, page) => listHeadsPage(table, query, page),
    getVersions: (keys) => getVersions(table, keys),
    getAuditTrails: (heads) => getAuditTrails(table, heads),
    getVersion: (filingId, version) => getVersion(table, filingId, version),
    listAudit: (filingId) => listAudit(table, filingId),
    getOriginal: (filingId, version) => getOriginal(table, filingId, version),
    redactVersion: (input) => redactVersion(table, input),
    isRedacted: (filingId, version) => isRedacted(table, filingId, version),
    putAttachment: (record, bytes) => putAttachment(table, record, bytes),
    listAttachments: (filingId, version) => listAttachments(table, filingId, version),
    getAttachment: (filingId, version, id) => getAttachment(table, filingId, version, id),
    getIdempotencyRecord: (sub, key) => getIdempotencyRecord(table, sub, key),
    readSubmission: (query) => readSubmission(table, query),
    appendVersion: (input) => appendVersion(table, input),
    applyReview: (input) => applyReview(table, input),
    getParams: (at) => getParams(table, at),
    putParams: (params, by, at) => putParams(table, params, by, at),
    putDraft: (draft, traegerId) => putDraft(table, draft, traegerId),
    getDraft: (filingId, traegerId) => getDraft(table, filingId, traegerId),
    requestStichprobe: (input) => requestStichprobe(table, input),
    listStichproben: (filingId, version) => listStichproben(table, filingId, version),
    listZahlungen: (query) => listZahlungen(table, query),
    appendZahlung: (entry) => appendZahlung(table, entry),
  };
};
