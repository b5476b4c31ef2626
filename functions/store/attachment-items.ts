import { createHash } from "node:crypto";
import { GetCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { SUBMISSION_BUDGET } from "../../shared/domain/store-limits";
import { attachmentRecordSchema, type AttachmentRecord } from "../../shared/api/records-schemas";
import { ConflictError, NotFoundError } from "../core/errors";
import type { TableRef } from "./document-client";
import {
  attachmentDataPrefix,
  attachmentDataSk,
  attachmentPrefix,
  attachmentSk,
  filingPk,
  versionSk,
} from "./keys";
import { queryAll } from "./read-items";
import { failedAt } from "./transaction-failure";

const NEW_ITEM = "attribute_not_exists(pk)";

/**
 * Stores an attachment to an existing version in one transaction: a check that the version exists,
 * the record, and its bytes in chunks of SUBMISSION_BUDGET.originalChunkBytes – all new items, so an
 * attachment is never replaced; a second upload is a second attachment.
 */
export const putAttachment = async (
  table: TableRef,
  record: Omit<AttachmentRecord, "chunks">,
  bytes: Uint8Array,
): Promise<AttachmentRecord> => {
  const { tableName: TableName } = table;
  const pk = filingPk(record.filingId);
  const size = SUBMISSION_BUDGET.originalChunkBytes;
  const chunks: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.byteLength; offset += size)
    chunks.push(bytes.subarray(offset, offset + size));
  const stored: AttachmentRecord = { ...record, chunks: chunks.length };
  try {
    await table.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            ConditionCheck: {
              TableName,
              Key: { pk, sk: versionSk(record.version) },
              ConditionExpression: "attribute_exists(pk)",
            },
          },
          {
            Put: {
              TableName,
              Item: {
                pk,
                sk: attachmentSk(record.version, record.attachmentId),
                type: "attachment",
                ...stored,
              },
              ConditionExpression: NEW_ITEM,
            },
          },
          ...chunks.map((data, i) => ({
            Put: {
              TableName,
              Item: {
                pk,
                sk: attachmentDataSk(record.version, record.attachmentId, i + 1),
                type: "attachment-data",
                data,
              },
              ConditionExpression: NEW_ITEM,
            },
          })),
        ],
      }),
    );
  } catch (err) {
    if (failedAt(err, 0)) throw new NotFoundError(`Version ${record.version} dieses Vorgangs gibt es nicht.`);
    if (failedAt(err, 1)) throw new ConflictError("Diese Anlage gibt es schon. Bitte erneut hochladen.");
    throw err;
  }
  return stored;
};

/** The records of a version's attachments, oldest first (their ids start with the upload time). */
export const listAttachments = async (
  table: TableRef,
  filingId: string,
  version: number,
): Promise<AttachmentRecord[]> => {
  const items = await queryAll(table, {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :sk)",
    ExpressionAttributeValues: { ":pk": filingPk(filingId), ":sk": attachmentPrefix(version) },
    ConsistentRead: true,
  });
  return items.map((item) => attachmentRecordSchema.parse(item));
};

/** An attachment with its bytes, checked against the SHA-256 recorded at upload. */
export const getAttachment = async (
  table: TableRef,
  filingId: string,
  version: number,
  attachmentId: string,
): Promise<{ record: AttachmentRecord; bytes: Uint8Array } | undefined> => {
  const pk = filingPk(filingId);
  const { Item } = await table.doc.send(
    new GetCommand({
      TableName: table.tableName,
      Key: { pk, sk: attachmentSk(version, attachmentId) },
      ConsistentRead: true,
    }),
  );
  if (!Item) return undefined;
  const record = attachmentRecordSchema.parse(Item);
  const items = await queryAll(table, {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :sk)",
    ExpressionAttributeValues: { ":pk": pk, ":sk": attachmentDataPrefix(version, attachmentId) },
    ConsistentRead: true,
  });
  const bytes = new Uint8Array(Buffer.concat(items.map((i) => i.data as Uint8Array)));
  if (items.length !== record.chunks || createHash("sha256").update(bytes).digest("hex") !== record.sha256)
    throw new Error(`Anlage ${attachmentId}: Prüfsumme oder Teile stimmen nicht`);
  return { record, bytes };
};
