import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";

/** The transaction was cancelled because the condition of item `index` failed. */
export const failedAt = (err: unknown, index: number) =>
  err instanceof TransactionCanceledException &&
  err.CancellationReasons?.[index]?.Code === "ConditionalCheckFailed";
