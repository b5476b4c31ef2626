import { GetCommand, QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import type { ProgrammeYear } from "../../shared/programme/program-params";
import { readStored } from "../core/stored-records";
import type { TableRef } from "./document-client";
import { decodeContent } from "./version-content";
import {
  AUDIT_PREFIX,
  filingPk,
  HEAD_SK,
  IDEMPOTENCY_SK,
  idempotencyPk,
  traegerGsiPrefix,
  versionSk,
  yearGsiPk,
} from "./keys";
import {
  auditEntrySchema,
  filingHeadSchema,
  versionRecordSchema,
  type AuditEntry,
  type FilingHead,
  type VersionRecord,
} from "../../shared/api/records";
import { YEAR_INDEX } from "./table-definition";
import { idempotencyRecordSchema, type IdempotencyRecord } from "../core/idempotency-record";

type Item = Record<string, unknown>;

/** Every page of a query; result sets here are small (a year's filings, one filing's audit). */
export const queryAll = async (table: TableRef, input: Omit<QueryCommandInput, "TableName">) => {
  const items: Item[] = [];
  let ExclusiveStartKey: Item | undefined;
  do {
    const page = await table.doc.send(
      new QueryCommand({ ...input, TableName: table.tableName, ExclusiveStartKey }),
    );
    items.push(...((page.Items ?? []) as Item[]));
    ExclusiveStartKey = page.LastEvaluatedKey as Item | undefined;
  } while (ExclusiveStartKey);
  return items;
};

const getItem = async (table: TableRef, pk: string, sk: string) => {
  const out = await table.doc.send(
    new GetCommand({ TableName: table.tableName, Key: { pk, sk }, ConsistentRead: true }),
  );
  return out.Item as Item | undefined;
};

export const getHead = async (table: TableRef, filingId: string): Promise<FilingHead | undefined> => {
  const item = await getItem(table, filingPk(filingId), HEAD_SK);
  return item && readStored(filingHeadSchema, item);
};

/** GSI1: gsi1pk = PROGRAMME#<id>#YEAR#<year> [AND begins_with(gsi1sk, "<traegerId>#")]. */
export const listHeads = async (
  table: TableRef,
  query: ProgrammeYear & { traegerId?: string },
): Promise<FilingHead[]> => {
  const byTraeger = query.traegerId !== undefined;
  const items = await queryAll(table, {
    IndexName: YEAR_INDEX,
    KeyConditionExpression: byTraeger ? "gsi1pk = :y AND begins_with(gsi1sk, :t)" : "gsi1pk = :y",
    ExpressionAttributeValues: {
      ":y": yearGsiPk(query),
      ...(byTraeger && { ":t": traegerGsiPrefix(query.traegerId!) }),
    },
  });
  return items.map((item) => readStored(filingHeadSchema, item));
};

/** pk = FILING#<id> AND begins_with(sk, "VERSION#<n>"): the version item and its chunks, in order. */
export const getVersion = async (
  table: TableRef,
  filingId: string,
  version: number,
): Promise<VersionRecord | undefined> => {
  const items = await queryAll(table, {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :sk)",
    ExpressionAttributeValues: { ":pk": filingPk(filingId), ":sk": versionSk(version) },
    ConsistentRead: true,
  });
  const [head, ...chunks] = items;
  if (!head) return undefined;
  const body = head.body instanceof Uint8Array ? [head.body] : chunks.map((c) => c.data as Uint8Array);
  if (chunks.length !== (head.chunkCount ?? 0))
    throw new Error(
      `Version ${version} von ${filingId}: ${chunks.length} von ${String(head.chunkCount)} Teilen`,
    );
  // The schema version sits on the version item; the content upgrades with it.
  return readStored(versionRecordSchema, { ...head, ...(decodeContent(body) as Record<string, unknown>) });
};

/** pk = FILING#<id> AND begins_with(sk, "AUDIT#"): the whole trail, oldest first. */
export const listAudit = async (table: TableRef, filingId: string): Promise<AuditEntry[]> => {
  const items = await queryAll(table, {
    KeyConditionExpression: "pk = :pk AND begins_with(sk, :sk)",
    ExpressionAttributeValues: { ":pk": filingPk(filingId), ":sk": AUDIT_PREFIX },
    ConsistentRead: true,
  });
  return items.map((item) => auditEntrySchema.parse(item));
};

export const getIdempotencyRecord = async (
  table: TableRef,
  sub: string,
  key: string,
): Promise<IdempotencyRecord | undefined> => {
  const item = await getItem(table, idempotencyPk(sub, key), IDEMPOTENCY_SK);
  return item && idempotencyRecordSchema.parse(item);
};
