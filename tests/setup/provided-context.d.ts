import "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** Endpoint of the DynamoDB Local started once per test run. */
    dynamoEndpoint: string;
  }
}
