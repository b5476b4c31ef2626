import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createDynamoDbFilingStore } from "../store/dynamodb-filing-store";
import { localClientConfig } from "../store/local-client-config";
import { storeClientOptions, storeTuningFromEnv } from "../store/store-client-options";
import type { FilingStore } from "../core/filing-store";

/** TABLE_NAME from the stack; DYNAMODB_ENDPOINT only to point a handler at DynamoDB Local. */
export const storeFromEnv = (env: NodeJS.ProcessEnv = process.env): FilingStore => {
  const tableName = env.TABLE_NAME;
  if (!tableName) throw new Error("TABLE_NAME must be set");
  const tuning = storeTuningFromEnv(env);
  const client = new DynamoDBClient(
    env.DYNAMODB_ENDPOINT ? localClientConfig(env.DYNAMODB_ENDPOINT, tuning) : storeClientOptions(tuning),
  );
  return createDynamoDbFilingStore(client, tableName);
};
