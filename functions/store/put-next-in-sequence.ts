import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { TableRef } from "./document-client";
import { backoffMs, isConditionFailed, MAX_ATTEMPTS, sleep } from "./transaction-retry";

/**
 * Appends the next record of a sequence that is never overwritten (parameter versions, the payment
 * ledger): reads the latest number, puts latest + 1 with attribute_not_exists, and on losing the
 * race to a concurrent writer reads again and tries latest + 2, with jittered backoff.
 */
export const putNextInSequence = async <T>(
  table: TableRef,
  next: {
    latest: () => Promise<number>;
    record: (seq: number) => T;
    item: (record: T) => Record<string, unknown>;
    /** Names the record in the error after the last attempt (ids only, no personal data). */
    what: string;
  },
): Promise<T> => {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const stored = next.record((await next.latest()) + 1);
    try {
      await table.doc.send(
        new PutCommand({
          TableName: table.tableName,
          Item: next.item(stored),
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
      return stored;
    } catch (err) {
      if (!isConditionFailed(err)) throw err;
      await sleep(backoffMs(attempt));
    }
  }
  throw new Error(`${next.what} nach ${MAX_ATTEMPTS} Versuchen nicht gespeichert`);
};
