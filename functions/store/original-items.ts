import { createHash } from "node:crypto";
import { GetCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { MAX_ORIGINAL_BYTES, SUBMISSION_BUDGET } from "../../shared/domain/store-limits";
import type { OriginalFile, RemovedOriginal, StoredOriginal } from "../core/filing-store";
import { megabytes, TooLargeError } from "../core/too-large-error";
import type { TableRef } from "./document-client";
import { filingPk, originalChunkSk, originalPrefix, versionSk } from "./keys";
import { queryAll } from "./read-items";

type TransactItems = NonNullable<TransactWriteCommandInput["TransactItems"]>;

/** What the version item records of its original; the bytes themselves sit in chunk items. */
export interface OriginalMeta {
  mediaType: string;
  bytes: number;
  chunks: number;
  /** Set when the Löschkonzept removed the bytes (redaction-items.ts). */
  removedAt?: string;
}

/**
 * The original as received, in chunk items of SUBMISSION_BUDGET.originalChunkBytes under
 * `ORIGINAL#<version>#<n>` – outside the `VERSION#<n>` prefix, so reading a version never loads
 * them. Written in the submission's transaction, each with attribute_not_exists: never replaced.
 */
export const originalItems = (
  TableName: string,
  filingId: string,
  version: number,
  original: OriginalFile,
): { meta: OriginalMeta; puts: TransactItems } => {
  const { bytes } = original;
  if (bytes.byteLength > MAX_ORIGINAL_BYTES)
    throw new TooLargeError(
      `Die Einreichung ist zu groß (${megabytes(bytes.byteLength)}); aufbewahrt werden höchstens ${megabytes(MAX_ORIGINAL_BYTES)} je Version. Bitte nur die Vorlage mit den eigenen Angaben senden.`,
    );
  const size = SUBMISSION_BUDGET.originalChunkBytes;
  const puts: TransactItems = [];
  for (let offset = 0, n = 1; offset < bytes.byteLength || n === 1; offset += size, n++)
    puts.push({
      Put: {
        TableName,
        Item: {
          pk: filingPk(filingId),
          sk: originalChunkSk(version, n),
          type: "original",
          data: bytes.subarray(offset, offset + size),
        },
        ConditionExpression: "attribute_not_exists(pk)",
      },
    });
  return { meta: { mediaType: original.mediaType, bytes: bytes.byteLength, chunks: puts.length }, puts };
};

/**
 * The original of a version, reassembled and checked against the SHA-256 recorded at submission;
 * undefined when there is no such version or it was stored before originals were kept.
 */
export const getOriginal = async (
  table: TableRef,
  filingId: string,
  version: number,
): Promise<StoredOriginal | RemovedOriginal | undefined> => {
  const pk = filingPk(filingId);
  const { Item: item } = await table.doc.send(
    new GetCommand({ TableName: table.tableName, Key: { pk, sk: versionSk(version) }, ConsistentRead: true }),
  );
  const meta = item?.original as OriginalMeta | undefined;
  if (!item || !meta) return undefined;
  if (meta.removedAt)
    return { mediaType: meta.mediaType, sha256: item.sha256 as string, removedAt: meta.removedAt };
  const items = await queryAll(table, {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :sk)",
    ExpressionAttributeValues: { ":pk": pk, ":sk": originalPrefix(version) },
    ConsistentRead: true,
  });
  const bytes = new Uint8Array(Buffer.concat(items.map((i) => i.data as Uint8Array)));
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  // A mismatch is damage, never the user's doing: a 500, not a file that is not what was sent.
  if (items.length !== meta.chunks || sha256 !== item.sha256)
    throw new Error(`Original von Version ${version}: Prüfsumme oder Teile stimmen nicht`);
  return { mediaType: meta.mediaType, bytes, sha256 };
};
