import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", "dist/**", "cdk.out/**", ".data/**"],
    // One DynamoDB Local for the whole run; tests get its endpoint via inject("dynamoEndpoint").
    globalSetup: ["tests/setup/dynamodb-local.global.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // The AWS SDK prints a Node 22 notice on every client; it says nothing about our tests.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
  },
});
