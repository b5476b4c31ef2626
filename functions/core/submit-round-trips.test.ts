import { beforeAll, describe, expect, it } from "vitest";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { ConflictError, InvalidFilingError } from "./errors";
import { asJson, createDynamoTestDeps } from "./fixtures/test-deps";
import { awo, koordinierung } from "./fixtures/principals";
import { ausnahmenFor } from "./fixtures/ausnahmen-for";
import { countStoreCalls } from "./fixtures/count-store-calls";
import { putParams } from "./put-params";
import { submitFiling } from "./submit-filing";
import type { Principal } from "./principal";

const meta = (districtId: string, year = 2025) => ({
  programmeId: "stadtteilmanagement",
  traegerId: "awo",
  districtId,
  year,
});

describe("submitFiling against DynamoDB Local, store calls counted at the client", () => {
  let t: Awaited<ReturnType<typeof createDynamoTestDeps>>;
  let calls: ReturnType<typeof countStoreCalls>;
  beforeAll(async () => {
    t = await createDynamoTestDeps();
    await putParams(koordinierung, ausnahmenFor("awo", 2025), t.deps);
    calls = countStoreCalls(t.client);
  });

  it("needs two round trips with an Idempotency-Key: one batch read beside the params, then the transaction", async () => {
    calls.take();
    const result = await submitFiling(
      awo,
      asJson(sampleVerwendungsnachweis(meta("kaltenmoor")), "k-1"),
      t.deps,
    );
    expect(result).toMatchObject({ version: 1, replayed: false });
    expect(calls.take()).toEqual({
      commands: ["BatchGetItemCommand", "QueryCommand", "TransactWriteItemsCommand"],
      rounds: 2,
    });
  });

  it("reads the parameters once per container: the next submission is one batch read and the transaction", async () => {
    calls.take();
    await submitFiling(awo, asJson(sampleVerwendungsnachweis(meta("bockelsberg")), "k-2"), t.deps);
    expect(calls.take()).toEqual({
      commands: ["BatchGetItemCommand", "TransactWriteItemsCommand"],
      rounds: 2,
    });
  });

  it("answers a repeated key from the batch read and the stored version, writing nothing", async () => {
    const body = asJson(sampleVerwendungsnachweis(meta("kaltenmoor")), "k-1");
    calls.take();
    expect(await submitFiling(awo, body, t.deps)).toMatchObject({ version: 1, replayed: true });
    expect(calls.take()).toEqual({ commands: ["BatchGetItemCommand", "QueryCommand"], rounds: 2 });
  });

  it("notices parameters changed after this container cached them, and validates with the new ones", async () => {
    await submitFiling(awo, asJson(sampleVerwendungsnachweis(meta("weisser-turm"))), t.deps);
    // Another container (here: the same store, bypassing the cache) lowers the Sachkosten cap.
    const stricter = { ...ausnahmenFor("awo", 2025), sachkostenCap: 100 };
    await putParams(koordinierung, stricter, t.deps);
    const before = await t.scan();
    calls.take();
    const stale = submitFiling(awo, asJson(sampleVerwendungsnachweis(meta("weisser-turm"))), t.deps);
    const error = await stale.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidFilingError);
    expect((error as InvalidFilingError).findings.map((f) => f.ruleId)).toContain("VN-SACHKOSTEN-CAP");
    // The cancelled transaction, then the fresh parameters; nothing was stored with the stale ones.
    expect(calls.take().commands).toEqual([
      "BatchGetItemCommand",
      "TransactWriteItemsCommand",
      "BatchGetItemCommand",
      "QueryCommand",
    ]);
    expect(await t.scan()).toEqual(before);
  });

  it("never refuses from cached parameters: after the cap is lifted again the same filing is stored", async () => {
    // This container now caches the stricter parameters; another one lifts the cap again.
    await putParams(koordinierung, ausnahmenFor("awo", 2025), t.deps);
    calls.take();
    const result = await submitFiling(awo, asJson(sampleVerwendungsnachweis(meta("weisser-turm"))), t.deps);
    expect(result).toMatchObject({ version: 2, replayed: false });
    expect(calls.take().commands).toEqual([
      "BatchGetItemCommand",
      "BatchGetItemCommand",
      "QueryCommand",
      "TransactWriteItemsCommand",
    ]);
  });

  it("refuses the version after the year's maxVersionen with a German 409 naming the cap", async () => {
    await putParams(koordinierung, { ...ausnahmenFor("awo", 2026), maxVersionen: 3 }, t.deps);
    const filing = sampleVerwendungsnachweis(meta("kaltenmoor", 2026));
    for (let i = 1; i <= 3; i++)
      expect(await submitFiling(awo, asJson(filing), t.deps)).toMatchObject({ version: i });
    const before = await t.scan();
    const fourth = submitFiling(awo, asJson(filing), t.deps);
    await expect(fourth).rejects.toBeInstanceOf(ConflictError);
    await expect(fourth).rejects.toThrow(/bereits 3 Versionen.*maxVersionen/);
    expect(await t.scan()).toEqual(before);
  });

  it("keeps the Idempotency-Keys of a sub with „#“ apart from a key that ends like it", async () => {
    const first: Principal = { ...awo, sub: "u#1" };
    const second: Principal = { ...awo, sub: "u" };
    const body = sampleVerwendungsnachweis(meta("kaltenmoor", 2027));
    const a = await submitFiling(first, asJson(body, "k"), t.deps);
    const b = await submitFiling(second, asJson(body, "1#k"), t.deps);
    expect(a).toMatchObject({ version: 1, replayed: false });
    expect(b).toMatchObject({ version: 2, replayed: false });
    const records = (await t.scan()).filter((i) => i.type === "idempotency").map((i) => i.pk);
    expect(records).toEqual(expect.arrayContaining(["IDEMPOTENCY#3#u#1#k", "IDEMPOTENCY#1#u#1#k"]));
  });
});
