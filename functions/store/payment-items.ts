import { PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { zahlungEintragSchema, type ZahlungEintrag } from "../../shared/pruefung/zahlung";
import type { ZahlungenQuery } from "../core/filing-store";
import type { TableRef } from "./document-client";
import { zahlungPk, zahlungPrefix, zahlungSk } from "./payment-keys";
import { backoffMs, isConditionFailed, MAX_ATTEMPTS, sleep } from "./transaction-retry";

/** Every page of the year's ledger (optionally one Träger, one district), oldest first. */
export const listZahlungen = async (table: TableRef, query: ZahlungenQuery): Promise<ZahlungEintrag[]> => {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await table.doc.send(
      new QueryCommand({
        TableName: table.tableName,
        KeyConditionExpression: "pk = :pk AND begins_with(sk, :sk)",
        ExpressionAttributeValues: {
          ":pk": zahlungPk(query),
          ":sk": zahlungPrefix(query.traegerId, query.traegerId && query.districtId),
        },
        ConsistentRead: true,
        ...(start && { ExclusiveStartKey: start }),
      }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items.map((item) => zahlungEintragSchema.parse(item));
};

const latestSeq = async (table: TableRef, entry: Omit<ZahlungEintrag, "seq">) => {
  const out = await table.doc.send(
    new QueryCommand({
      TableName: table.tableName,
      KeyConditionExpression: "pk = :pk AND begins_with(sk, :sk)",
      ExpressionAttributeValues: {
        ":pk": zahlungPk(entry),
        ":sk": zahlungPrefix(entry.traegerId, entry.districtId),
      },
      ScanIndexForward: false,
      Limit: 1,
      ConsistentRead: true,
    }),
  );
  return (out.Items?.[0]?.seq as number | undefined) ?? 0;
};

/** Appends entry latest + 1 with attribute_not_exists: an entry is never overwritten. */
export const appendZahlung = async (
  table: TableRef,
  entry: Omit<ZahlungEintrag, "seq">,
): Promise<ZahlungEintrag> => {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const stored: ZahlungEintrag = { ...entry, seq: (await latestSeq(table, entry)) + 1 };
    try {
      await table.doc.send(
        new PutCommand({
          TableName: table.tableName,
          Item: {
            pk: zahlungPk(entry),
            sk: zahlungSk(entry.traegerId, entry.districtId, stored.seq),
            type: "zahlung",
            ...stored,
          },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      return stored;
    } catch (err) {
      if (!isConditionFailed(err)) throw err;
      await sleep(backoffMs(attempt));
    }
  }
  throw new Error(
    `Zahlung ${entry.programmeId} ${entry.year} nach ${MAX_ATTEMPTS} Versuchen nicht gespeichert`,
  );
};
