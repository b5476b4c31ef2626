import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { zahlungEintragSchema, type ZahlungEintrag } from "../../shared/pruefung/zahlung";
import type { ZahlungenQuery } from "../core/filing-store";
import type { TableRef } from "./document-client";
import { zahlungPk, zahlungPrefix, zahlungSk } from "./payment-keys";
import { putNextInSequence } from "./put-next-in-sequence";

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
export const appendZahlung = (table: TableRef, entry: Omit<ZahlungEintrag, "seq">): Promise<ZahlungEintrag> =>
  putNextInSequence(table, {
    latest: () => latestSeq(table, entry),
    record: (seq): ZahlungEintrag => ({ ...entry, seq }),
    item: (stored) => ({
      pk: zahlungPk(entry),
      sk: zahlungSk(entry.traegerId, entry.districtId, stored.seq),
      type: "zahlung",
      ...stored,
    }),
    what: `Zahlung ${entry.programmeId} ${entry.year}`,
  });
