import { BatchGetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { FilingKind } from "../../shared/filing/filing";
import type { ProgrammeYear } from "../../shared/programme/program-params";
import {
  auditEntrySchema,
  filingHeadSchema,
  type AuditEntry,
  type FilingHead,
  type VersionRecord,
} from "../../shared/api/records";
import { readStored } from "../core/stored-records";
import type { TableRef } from "./document-client";
import { auditSk, filingPk, versionSk, yearGsiPk } from "./keys";
import { getVersion, versionFromItems, type Item } from "./read-items";
import { YEAR_INDEX } from "./table-definition";
import { backoffMs, sleep } from "./transaction-retry";

/** BatchGetItem takes at most 100 keys per call. */
const BATCH = 100;
const MAX_ROUNDS = 12;

/**
 * Items by key with BatchGetItem, 100 keys per call, retrying what DynamoDB leaves unprocessed
 * (throttling, or the 16 MB answer limit) with backoff. Order of the answer is not the keys' order.
 */
export const batchGet = async (
  table: TableRef,
  keys: readonly { pk: string; sk: string }[],
): Promise<Item[]> => {
  const items: Item[] = [];
  for (let i = 0; i < keys.length; i += BATCH) {
    let pending: Record<string, unknown>[] = keys.slice(i, i + BATCH);
    for (let round = 0; pending.length > 0; round++) {
      if (round === MAX_ROUNDS)
        throw new Error(`BatchGetItem: ${pending.length} Schlüssel nach ${round} Runden offen`);
      if (round > 0) await sleep(backoffMs(round));
      const out = await table.doc.send(
        new BatchGetCommand({ RequestItems: { [table.tableName]: { Keys: pending, ConsistentRead: true } } }),
      );
      items.push(...((out.Responses?.[table.tableName] ?? []) as Item[]));
      pending = (out.UnprocessedKeys?.[table.tableName]?.Keys ?? []) as Record<string, unknown>[];
    }
  }
  return items;
};

const encodeCursor = (key: Item | undefined) =>
  key && Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
const decodeCursor = (cursor: string | undefined) =>
  cursor === undefined ? undefined : (JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as Item);

/** One page of a year's heads from GSI1 (optionally of one kind); `cursor` continues where it stopped. */
export const listHeadsPage = async (
  table: TableRef,
  query: ProgrammeYear & { kind?: FilingKind },
  page: { cursor?: string; limit?: number },
): Promise<{ heads: FilingHead[]; cursor?: string }> => {
  const out = await table.doc.send(
    new QueryCommand({
      TableName: table.tableName,
      IndexName: YEAR_INDEX,
      KeyConditionExpression: "gsi1pk = :y",
      ...(query.kind && { FilterExpression: "kind = :k" }),
      ExpressionAttributeValues: { ":y": yearGsiPk(query), ...(query.kind && { ":k": query.kind }) },
      Limit: page.limit ?? 100,
      ExclusiveStartKey: decodeCursor(page.cursor),
    }),
  );
  const cursor = encodeCursor(out.LastEvaluatedKey as Item | undefined);
  return { heads: (out.Items ?? []).map((i) => readStored(filingHeadSchema, i)), ...(cursor && { cursor }) };
};

/** Versions by key; content too big for one item (chunked) is read by its own query. */
export const getVersions = async (
  table: TableRef,
  keys: readonly { filingId: string; version: number }[],
): Promise<VersionRecord[]> => {
  const items = await batchGet(
    table,
    keys.map((k) => ({ pk: filingPk(k.filingId), sk: versionSk(k.version) })),
  );
  const records = await Promise.all(
    items.map((item) =>
      item.body instanceof Uint8Array
        ? versionFromItems(item, [])
        : getVersion(table, String(item.filingId), Number(item.version)),
    ),
  );
  const byKey = new Map(records.flatMap((r) => (r ? [[`${r.filingId}#${r.version}`, r] as const] : [])));
  return keys.flatMap((k) => byKey.get(`${k.filingId}#${k.version}`) ?? []);
};

/** Every audit entry of each filing: the head's auditSeq says exactly which keys exist. */
export const getAuditTrails = async (
  table: TableRef,
  heads: readonly Pick<FilingHead, "filingId" | "auditSeq">[],
): Promise<Map<string, AuditEntry[]>> => {
  const keys = heads.flatMap((h) =>
    Array.from({ length: h.auditSeq }, (_, i) => ({ pk: filingPk(h.filingId), sk: auditSk(i + 1) })),
  );
  const trails = new Map<string, AuditEntry[]>(heads.map((h) => [h.filingId, []]));
  for (const item of await batchGet(table, keys))
    trails.get(String(item.filingId))?.push(auditEntrySchema.parse(item));
  for (const trail of trails.values()) trail.sort((a, b) => a.seq - b.seq);
  return trails;
};
