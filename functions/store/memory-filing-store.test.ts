import { describe, expect, it } from "vitest";
import { SUBMITTABLE_FROM } from "../../shared/domain/lifecycle";
import { filingKey } from "../../shared/filing/filing";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { BadRequestError } from "../core/errors";
import { filingStoreContract } from "./filing-store.contract";
import { longTextJahresbericht } from "./fixtures/large-filings";
import { createMemoryFilingStore } from "./memory-filing-store";

filingStoreContract("in memory", async () => createMemoryFilingStore());

const by = { sub: "u-awo", name: "Martina Krüger", role: "traeger" as const };

describe("in-memory filing store", () => {
  it("never changes a record once written, except the head", async () => {
    const store = createMemoryFilingStore();
    const content = sampleVerwendungsnachweis();
    const input = {
      filingId: filingKey(content.kind, content.meta),
      content,
      findings: [],
      sha256: "a".repeat(64),
      by,
      at: "2026-01-15T10:00:00.000Z",
      signer: null,
      source: "json" as const,
      submittableFrom: SUBMITTABLE_FROM,
    };
    await store.appendVersion(input);
    await store.putParams(defaultProgramParams(content.meta), by, input.at);
    const before = store.snapshot();
    await store.appendVersion({ ...input, at: "2026-01-16T10:00:00.000Z" });
    await store.putParams(defaultProgramParams(content.meta), by, input.at);
    const after = store.snapshot();
    const key = (r: Record<string, unknown>) => `${String(r.kind)}|${String(r.key)}`;
    for (const record of before.filter(
      (r) => r.kind !== "heads" && r.kind !== "audit" && r.kind !== "params",
    ))
      expect(after.find((a) => key(a) === key(record))).toEqual(record);
    // Lists grow at their end only: the first audit entry and params version stay as they were.
    const listed = (records: Record<string, unknown>[], kind: string) =>
      records.find((r) => r.kind === kind)?.value as unknown[];
    expect(listed(after, "audit").slice(0, 1)).toEqual(listed(before, "audit"));
    expect(listed(after, "params").slice(0, 1)).toEqual(listed(before, "params"));
    expect(after.filter((r) => r.kind === "versions")).toHaveLength(2);
  });

  it("refuses content past the DynamoDB store's size limit, storing nothing", async () => {
    const store = createMemoryFilingStore();
    const filing = longTextJahresbericht(90); // ~3.8 MB gzipped, over the 3 MB a transaction takes
    await expect(
      store.appendVersion({
        filingId: filingKey(filing.kind, filing.meta),
        content: filing,
        findings: [],
        sha256: "a".repeat(64),
        by,
        at: "2026-01-15T10:00:00.000Z",
        signer: null,
        source: "json",
        submittableFrom: SUBMITTABLE_FROM,
      }),
    ).rejects.toBeInstanceOf(BadRequestError);
    expect(store.snapshot()).toEqual([]);
  });
});
