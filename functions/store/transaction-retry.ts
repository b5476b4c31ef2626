import { ConditionalCheckFailedException, TransactionCanceledException } from "@aws-sdk/client-dynamodb";

/**
 * Codes in a TransactionCanceledException that mean "someone else wrote first": the caller re-reads
 * and tries again. Anything else (validation, size, throttling after SDK retries) is a real error.
 */
const RETRYABLE = new Set(["ConditionalCheckFailed", "TransactionConflict"]);

export const isLostRace = (err: unknown): boolean =>
  err instanceof TransactionCanceledException &&
  (err.CancellationReasons ?? []).some((r) => r.Code !== undefined && RETRYABLE.has(r.Code));

/** Full jitter (AWS Architecture Blog): random in [0, min(cap, base · 2^attempt)] ms. */
export const backoffMs = (attempt: number, baseMs = 10, capMs = 300): number =>
  Math.random() * Math.min(capMs, baseMs * 2 ** attempt);

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const MAX_ATTEMPTS = 60;

/** A single conditional put lost against a concurrent writer. */
export const isConditionFailed = (err: unknown): boolean => err instanceof ConditionalCheckFailedException;
