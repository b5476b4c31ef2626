import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { toStoreError } from "./to-store-error";

/** The table a store works on, with a document client that drops undefined optional fields. */
export interface TableRef {
  doc: DynamoDBDocumentClient;
  tableName: string;
}

export const tableRef = (client: DynamoDBClient, tableName: string): TableRef => {
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  // Outermost step, so it sees an error after the SDK's own retries: every store call reports an
  // unreachable or overloaded DynamoDB the same way (503), whichever command it was.
  doc.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (err) {
        throw toStoreError(err);
      }
    },
    { step: "initialize", name: "storeUnavailable" },
  );
  return { doc, tableName };
};
