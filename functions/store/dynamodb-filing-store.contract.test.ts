import { filingStoreContract } from "./filing-store.contract";
import { createTestStore } from "./fixtures/create-test-store";

// Each case on a fresh table of the run's DynamoDB Local.
filingStoreContract("DynamoDB", async () => (await createTestStore()).store);
