import { StoreUnavailableError } from "../core/errors";

/** Error names and codes that mean "the store did not answer", not "the request was wrong". */
const UNAVAILABLE = new Set([
  "TimeoutError",
  "RequestTimeout",
  "RequestTimeoutException",
  "ThrottlingException",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
  "InternalServerError",
  "ServiceUnavailable",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ECONNABORTED",
]);

const isUnavailable = (err: unknown): boolean => {
  if (!(err instanceof Error)) return false;
  const e = err as Error & { code?: string; $metadata?: { httpStatusCode?: number }; cause?: unknown };
  if (UNAVAILABLE.has(e.name) || (e.code !== undefined && UNAVAILABLE.has(e.code))) return true;
  if ((e.$metadata?.httpStatusCode ?? 0) >= 500) return true;
  if (e.name === "AggregateError") return (err as AggregateError).errors.some(isUnavailable);
  return e.cause !== undefined && isUnavailable(e.cause);
};

/** An SDK error after its retries: unavailability becomes StoreUnavailableError, the rest stays. */
export const toStoreError = (err: unknown): unknown =>
  isUnavailable(err) ? new StoreUnavailableError() : err;
