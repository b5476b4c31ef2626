import { DynamoDBDocumentClient, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { filingKey } from "../../shared/filing/filing";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { filingAmounts } from "../../shared/consolidate/filing-amounts";
import { createTestStore } from "../store/fixtures/create-test-store";
import { awo, koordinierung } from "./fixtures/principals";
import { listFilings } from "./list-filings";
import type { ServiceDeps } from "./service-deps";
import { submitFiling } from "./submit-filing";

const filing = sampleVerwendungsnachweis({
  programmeId: "stadtteilmanagement",
  traegerId: "awo",
  districtId: "kaltenmoor",
  year: 2025,
});
const filingId = filingKey("verwendungsnachweis", filing.meta);

let t: Awaited<ReturnType<typeof createTestStore>>;
let deps: ServiceDeps;
beforeAll(async () => {
  t = await createTestStore();
  deps = { store: t.store, clock: () => new Date("2026-01-10T10:00:00Z") };
  await submitFiling(awo, { body: filing, rawBody: JSON.stringify(filing), source: "json" }, deps);
});

describe("amounts on the head", () => {
  it("are written at submit time, so the list shows money without opening the filing", async () => {
    const list = await listFilings(koordinierung, { programmeId: "stadtteilmanagement", year: 2025 }, deps);
    expect(list.items[0]!.amounts).toEqual(filingAmounts(filing));
  });

  it("are read from the latest version for a head stored without them, which stays as it was", async () => {
    // A head as stored before heads carried amounts.
    await DynamoDBDocumentClient.from(t.client).send(
      new UpdateCommand({
        TableName: t.tableName,
        Key: { pk: `FILING#${filingId}`, sk: "HEAD" },
        UpdateExpression: "REMOVE amounts",
      }),
    );
    expect((await t.store.getHead(filingId))!.amounts).toBeUndefined();
    const list = await listFilings(koordinierung, { programmeId: "stadtteilmanagement", year: 2025 }, deps);
    expect(list.items[0]!.amounts).toEqual(filingAmounts(filing));
    expect((await t.store.getHead(filingId))!.amounts).toBeUndefined();
  });
});
