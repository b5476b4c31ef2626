import {
  CreateTableCommand,
  waitUntilTableExists,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from "@aws-sdk/client-dynamodb";

/** Index names the store queries by. */
export const YEAR_INDEX = "gsi1";

/**
 * The single table as plain data: the CDK stack and the local server build the table from it, so
 * code and infrastructure cannot drift. On-demand billing; one sparse GSI (only heads carry gsi1*).
 */
export const TABLE_DEFINITION = {
  partitionKey: { name: "pk", type: "S" },
  sortKey: { name: "sk", type: "S" },
  globalSecondaryIndexes: [
    {
      indexName: YEAR_INDEX,
      partitionKey: { name: "gsi1pk", type: "S" },
      sortKey: { name: "gsi1sk", type: "S" },
      projection: "ALL",
    },
  ],
  billingMode: "PAY_PER_REQUEST",
} as const;

/** CreateTable input derived from TABLE_DEFINITION. */
export const createTableInput = (tableName: string): CreateTableCommandInput => {
  const d = TABLE_DEFINITION;
  const attributes = new Map<string, "S">();
  for (const k of [d.partitionKey, d.sortKey]) attributes.set(k.name, k.type);
  for (const g of d.globalSecondaryIndexes) {
    attributes.set(g.partitionKey.name, g.partitionKey.type);
    attributes.set(g.sortKey.name, g.sortKey.type);
  }
  return {
    TableName: tableName,
    BillingMode: d.billingMode,
    AttributeDefinitions: [...attributes].map(([AttributeName, AttributeType]) => ({
      AttributeName,
      AttributeType,
    })),
    KeySchema: [
      { AttributeName: d.partitionKey.name, KeyType: "HASH" },
      { AttributeName: d.sortKey.name, KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: d.globalSecondaryIndexes.map((g) => ({
      IndexName: g.indexName,
      KeySchema: [
        { AttributeName: g.partitionKey.name, KeyType: "HASH" },
        { AttributeName: g.sortKey.name, KeyType: "RANGE" },
      ],
      Projection: { ProjectionType: g.projection },
    })),
  };
};

/** Creates the table and waits until it is active – for DynamoDB Local in tests and `npm start`. */
export const createTable = async (client: DynamoDBClient, tableName: string): Promise<void> => {
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  await waitUntilTableExists({ client, maxWaitTime: 30 }, { TableName: tableName });
};
