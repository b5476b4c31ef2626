// The AWS SDK prints a Node 22 notice on every client; it says nothing about our tests.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

import type { TestProject } from "vitest/node";
import { startDynamoDbLocal } from "../../functions/store/dynamodb-local";

/** Starts one in-memory DynamoDB Local for the whole test run; each suite creates its own table. */
export default async function setup(project: TestProject) {
  const dynamo = await startDynamoDbLocal();
  project.provide("dynamoEndpoint", dynamo.endpoint);
  return () => dynamo.stop();
}
