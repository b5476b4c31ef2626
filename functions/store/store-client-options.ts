/**
 * Timeouts and retries of every store client. Without them a paused DynamoDB held each request for
 * as long as the client waited (≥ 60 s in the probe). DynamoDB answers in milliseconds, so a request
 * that has not been answered in `requestTimeoutMs` is retried (the SDK's standard strategy with
 * jittered backoff, transactions keep their ClientRequestToken so a retry never writes twice), and
 * after `maxAttempts` the store reports unavailable: 503 with Retry-After. Worst case per store call
 * ≈ maxAttempts × requestTimeoutMs + backoff ≈ 10 s with the defaults, below API Gateway's 30 s.
 */
export interface StoreClientTuning {
  connectionTimeoutMs: number;
  requestTimeoutMs: number;
  maxAttempts: number;
}

export const DEFAULT_STORE_TUNING: StoreClientTuning = {
  connectionTimeoutMs: 1_000,
  requestTimeoutMs: 3_000,
  maxAttempts: 3,
};

/** STORE_REQUEST_TIMEOUT_MS and STORE_MAX_ATTEMPTS override the defaults (e.g. for a slow laptop). */
export const storeTuningFromEnv = (
  env: Record<string, string | undefined> = process.env,
): StoreClientTuning => ({
  ...DEFAULT_STORE_TUNING,
  ...(Number(env.STORE_REQUEST_TIMEOUT_MS) > 0 && { requestTimeoutMs: Number(env.STORE_REQUEST_TIMEOUT_MS) }),
  ...(Number(env.STORE_MAX_ATTEMPTS) > 0 && { maxAttempts: Number(env.STORE_MAX_ATTEMPTS) }),
});

export const storeClientOptions = (tuning: StoreClientTuning = storeTuningFromEnv()) => ({
  maxAttempts: tuning.maxAttempts,
  requestHandler: {
    connectionTimeout: tuning.connectionTimeoutMs,
    requestTimeout: tuning.requestTimeoutMs,
    // Without it the handler only logs a warning when the timeout passes and goes on waiting.
    throwOnRequestTimeout: true,
  },
});
