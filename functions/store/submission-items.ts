import type { TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import type { AppendVersionInput } from "../core/filing-store";
import {
  chunkSk,
  filingPk,
  HEAD_SK,
  IDEMPOTENCY_SK,
  idempotencyPk,
  versionSk,
  yearGsiPk,
  yearGsiSk,
} from "./keys";
import { originalItems } from "./original-items";
import { putAuditEntry } from "./put-audit-entry";
import { SCHEMA_VERSION } from "../core/stored-records";
import type { FilingHead } from "../../shared/api/records";
import { idempotencyRecordOf, submissionAuditEntry } from "./audit-entries";
import type { EncodedContent } from "./version-content";

type TransactItems = NonNullable<TransactWriteCommandInput["TransactItems"]>;
const NEW_ITEM = "attribute_not_exists(pk)";

interface Submission {
  input: AppendVersionInput;
  /** The head as read before this attempt; undefined for a first submission. */
  current: FilingHead | undefined;
  head: FilingHead;
  encoded: EncodedContent;
}

/** The items of one submission transaction (see appendVersion). */
export const submissionItems = (
  TableName: string,
  { input, current, head, encoded }: Submission,
): TransactItems => {
  const pk = filingPk(input.filingId);
  const version = head.latestVersion;
  const original = input.original && originalItems(TableName, input.filingId, version, input.original);
  const headWrite: TransactItems[number] = current
    ? {
        Update: {
          TableName,
          Key: { pk, sk: HEAD_SK },
          UpdateExpression:
            "SET #status = :status, latestVersion = :version, auditSeq = :seq, updatedAt = :at, submittedAt = :at, findingCounts = :counts, amounts = :amounts",
          ConditionExpression: "#status = :was AND latestVersion = :prevVersion AND auditSeq = :prevSeq",
          ExpressionAttributeNames: { "#status": "status" },
          ExpressionAttributeValues: {
            ":status": head.status,
            ":version": version,
            ":seq": head.auditSeq,
            ":at": head.updatedAt,
            ":counts": head.findingCounts,
            ":amounts": head.amounts,
            ":was": current.status,
            ":prevVersion": current.latestVersion,
            ":prevSeq": current.auditSeq,
          },
        },
      }
    : {
        Put: {
          TableName,
          Item: {
            pk,
            sk: HEAD_SK,
            type: "head",
            gsi1pk: yearGsiPk(head.meta),
            gsi1sk: yearGsiSk(head.kind, head.meta),
            schemaVersion: SCHEMA_VERSION,
            ...head,
          },
          ConditionExpression: NEW_ITEM,
        },
      };
  const versionItem = {
    pk,
    sk: versionSk(version),
    type: "version",
    schemaVersion: SCHEMA_VERSION,
    filingId: input.filingId,
    version,
    sha256: input.sha256,
    submittedBy: { sub: input.by.sub, name: input.by.name },
    submittedAt: input.at,
    signer: input.signer,
    source: input.source,
    findingCounts: head.findingCounts,
    body: encoded.inline,
    chunkCount: encoded.chunks.length,
    original: original?.meta,
  };
  const audit = submissionAuditEntry(input, current, head);

  const items: TransactItems = [
    headWrite,
    { Put: { TableName, Item: versionItem, ConditionExpression: NEW_ITEM } },
    ...encoded.chunks.map((data, i) => ({
      Put: {
        TableName,
        Item: { pk, sk: chunkSk(version, i + 1), type: "chunk", data },
        ConditionExpression: NEW_ITEM,
      },
    })),
    ...(original?.puts ?? []),
    putAuditEntry(TableName, input.filingId, audit),
  ];
  if (input.idempotency) {
    const record = idempotencyRecordOf({ ...input, idempotency: input.idempotency }, head);

    items.push({
      Put: {
        TableName,
        Item: {
          pk: idempotencyPk(record.sub, record.key),
          sk: IDEMPOTENCY_SK,
          type: "idempotency",
          ...record,
        },
        ConditionExpression: NEW_ITEM,
      },
    });
  }
  return items;
};
