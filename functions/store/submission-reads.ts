import type { SubmissionReads, SubmissionReadsQuery } from "../core/filing-store";
import { idempotencyRecordSchema } from "../core/idempotency-record";
import { readStored } from "../core/stored-records";
import { filingHeadSchema } from "../../shared/api/records";
import { batchGet } from "./batch-read";
import type { TableRef } from "./document-client";
import { filingPk, HEAD_SK, IDEMPOTENCY_SK, idempotencyPk } from "./keys";
import type { Item } from "./read-items";

/**
 * What a submission decides on – the idempotency record, the filing's head and its cross-check
 * partner's head – in one consistent BatchGetItem instead of one GetItem after the other.
 */
export const readSubmission = async (
  table: TableRef,
  query: SubmissionReadsQuery,
): Promise<SubmissionReads> => {
  const idem = query.idempotency && {
    pk: idempotencyPk(query.idempotency.sub, query.idempotency.key),
    sk: IDEMPOTENCY_SK,
  };
  const head = { pk: filingPk(query.filingId), sk: HEAD_SK };
  const partner = query.partnerFilingId && { pk: filingPk(query.partnerFilingId), sk: HEAD_SK };
  const keys = [idem, head, partner].filter((k): k is { pk: string; sk: string } => !!k);
  const items = await batchGet(table, keys);
  const find = (key: { pk: string; sk: string } | undefined): Item | undefined =>
    key && items.find((i) => i.pk === key.pk && i.sk === key.sk);
  const recordItem = find(idem);
  const headItem = find(head);
  const partnerItem = find(partner || undefined);
  return {
    record: recordItem && idempotencyRecordSchema.parse(recordItem),
    head: headItem && readStored(filingHeadSchema, headItem),
    partnerHead: partnerItem && readStored(filingHeadSchema, partnerItem),
  };
};
