import { defineConfig } from "vitest/config";

const SHARED = ["shared/**/*.test.ts", "shared/**/*.test.tsx"];
const EXCLUDE = ["node_modules/**", "dist/**", "cdk.out/**", ".data/**"];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // The AWS SDK prints a Node 22 notice on every client; it says nothing about our tests.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
    // Test-only programme packs (tests/programmes/packs/) join the product's before each test file.
    setupFiles: ["tests/setup/test-programmes.ts"],
    projects: [
      // shared/ is pure (no store, no I/O): `npx vitest run shared` starts no DynamoDB Local.
      { extends: true, test: { name: "shared", include: SHARED, exclude: EXCLUDE } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.test.ts", "**/*.test.tsx"],
          exclude: [...EXCLUDE, ...SHARED],
          // One DynamoDB Local for the whole run; tests get its endpoint via inject("dynamoEndpoint").
          // Vitest runs a project's global setup only when one of its files is selected.
          globalSetup: ["tests/setup/dynamodb-local.global.ts"],
        },
      },
    ],
  },
});
