import type { FilingStore } from "./filing-store";

/** What every service needs from outside; tests pass a store on DynamoDB Local and a fixed clock. */
export interface ServiceDeps {
  store: FilingStore;
  clock: () => Date;
}
