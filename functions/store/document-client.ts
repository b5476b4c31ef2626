import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

/** The table a store works on, with a document client that drops undefined optional fields. */
export interface TableRef {
  doc: DynamoDBDocumentClient;
  tableName: string;
}

export const tableRef = (client: DynamoDBClient, tableName: string): TableRef => ({
  doc: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
  tableName,
});
