import { readdirSync, readFileSync } from "node:fs";
import { DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { SUBMITTABLE_FROM } from "../../shared/domain/lifecycle";
import { filingKey, type Filing } from "../../shared/filing/filing";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { SAMPLE_META, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { validate } from "../../shared/rules/validate";
import { BadRequestError, ConflictError } from "../core/errors";
import type { AppendVersionInput } from "../core/filing-store";
import { createTestStore } from "./fixtures/create-test-store";
import { largeVerwendungsnachweis, longTextJahresbericht } from "./fixtures/large-filings";
import { YEAR_INDEX } from "./table-definition";

const by = { sub: "u-awo", name: "Martina Krüger", role: "traeger" as const };
const appendInput = (content: Filing, at = "2026-01-15T10:00:00.000Z"): AppendVersionInput => ({
  filingId: filingKey(content.kind, content.meta),
  content,
  findings: validate(content, defaultProgramParams(content.meta)),
  sha256: "a".repeat(64),
  by,
  at,
  signer: null,
  source: "json",
  submittableFrom: SUBMITTABLE_FROM,
});
const itemBytes = (item: Record<string, unknown>) =>
  Object.values(item).reduce<number>(
    (n, v) => n + (v instanceof Uint8Array ? v.byteLength : Buffer.byteLength(JSON.stringify(v) ?? "")),
    0,
  );

describe("DynamoDB filing store", () => {
  let t: Awaited<ReturnType<typeof createTestStore>>;
  beforeAll(async () => {
    t = await createTestStore();
  });

  it("creates the table from TABLE_DEFINITION with the year index", async () => {
    const { Table } = await t.client.send(new DescribeTableCommand({ TableName: t.tableName }));
    expect(Table?.KeySchema?.map((k) => k.AttributeName)).toEqual(["pk", "sk"]);
    expect(Table?.GlobalSecondaryIndexes?.map((g) => g.IndexName)).toEqual([YEAR_INDEX]);
  });

  it("stores a Verwendungsnachweis with 2,000 Personal rows and reads it back identical", async () => {
    const filing = largeVerwendungsnachweis(2_000);
    const input = appendInput(filing);
    expect(input.findings.filter((f) => f.severity === "fehler")).toEqual([]);
    const result = await t.store.appendVersion(input);
    const back = await t.store.getVersion(input.filingId, 1);
    expect(result.replayed).toBe(false);
    expect(back?.content).toEqual(filing);
    expect(back?.findings).toEqual(input.findings);
    const items = (await t.scan()).filter((i) => i.pk === `FILING#${input.filingId}`);
    for (const item of items) expect(itemBytes(item)).toBeLessThan(400_000);
  });

  it("splits long texts that stay too big after gzip into chunk items and reassembles them", async () => {
    const filing = longTextJahresbericht(30);
    const input = appendInput(filing);
    await t.store.appendVersion(input);
    const items = (await t.scan()).filter((i) => i.pk === `FILING#${input.filingId}`);
    const chunks = items.filter((i) => i.type === "chunk");
    expect(chunks.length).toBeGreaterThan(1);
    for (const item of items) expect(itemBytes(item)).toBeLessThan(400_000);
    expect((await t.store.getVersion(input.filingId, 1))?.content).toEqual(filing);
  });

  it("refuses content that would not fit one transaction, storing nothing", async () => {
    const own = await createTestStore(); // an empty table: the scans stay quick
    const before = await own.scan();
    const filing = longTextJahresbericht(90); // ~5.4 MB of text, ~3.8 MB gzipped
    filing.meta.districtId = "bockelsberg";
    await expect(own.store.appendVersion({ ...appendInput(filing), findings: [] })).rejects.toBeInstanceOf(
      BadRequestError,
    );
    expect(await own.scan()).toEqual(before);
  });

  it("never changes an item once written, except the head", async () => {
    const own = await createTestStore(); // a table without the big filings above, for a quick scan
    const filing = sampleVerwendungsnachweis({ ...SAMPLE_META, districtId: "innenstadt" });
    const input = appendInput(filing);
    await own.store.appendVersion(input);
    await own.store.putParams(
      defaultProgramParams({ programmeId: "stadtteilmanagement", year: 2025 }),
      by,
      input.at,
    );
    const before = await own.scan();
    await own.store.appendVersion({ ...input, at: "2026-01-16T10:00:00.000Z" });
    await own.store.putParams(
      defaultProgramParams({ programmeId: "stadtteilmanagement", year: 2025 }),
      by,
      input.at,
    );
    const after = await own.scan();
    for (const item of before.filter((i) => i.sk !== "HEAD"))
      expect(after.find((a) => a.pk === item.pk && a.sk === item.sk)).toEqual(item);
    expect(after.length).toBe(before.length + 3); // version 2, its audit entry, params version 2
  });

  it("refuses a new version when the status does not allow one", async () => {
    const filing = sampleVerwendungsnachweis({ ...SAMPLE_META, districtId: "hanseviertel" });
    const input = appendInput(filing);
    await t.store.appendVersion(input);
    await expect(t.store.appendVersion({ ...input, submittableFrom: [null] })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });

  it("reports a lost race in applyReview with the current head", async () => {
    const filing = sampleVerwendungsnachweis({ ...SAMPLE_META, districtId: "weisser-turm" });
    const input = appendInput(filing);
    await t.store.appendVersion(input);
    const head = (await t.store.getHead(input.filingId))!;
    const review = { filingId: input.filingId, expected: head, by, at: input.at, comments: [] };
    const first = await t.store.applyReview({
      ...review,
      action: "pruefen",
      toStatus: "rechnerisch_geprueft",
    });
    const second = await t.store.applyReview({
      ...review,
      action: "zurueckgeben",
      toStatus: "zurueckgegeben",
    });
    expect(first.applied).toBe(true);
    // The head applyReview returns without re-reading is the one stored.
    expect(first.applied && first.head).toEqual(await t.store.getHead(input.filingId));
    expect(second).toEqual({
      applied: false,
      current: expect.objectContaining({ status: "rechnerisch_geprueft" }),
    });
  });

  it("never deletes: no DeleteItem, BatchWrite or unconditional overwrite in the store code", () => {
    const dir = new URL(".", import.meta.url);
    // The one exception (Löschkonzept, docs/records.md) lives in its own module and says so.
    const exception = readFileSync(new URL("redaction-items.ts", dir), "utf8");
    expect(exception).toContain('THE EXCEPTION to "nothing is ever changed or deleted"');
    const sources = readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "redaction-items.ts")
      .map((f) => readFileSync(new URL(f, dir), "utf8"))
      .join("\n");
    expect(sources).not.toMatch(/Delete(Item)?Command|BatchWrite|DeleteRequest|Delete:\s*\{/);
    const puts = sources.match(/\bPut(Command\(\{|:\s*\{)/g) ?? [];
    const conditions = sources.match(/ConditionExpression/g) ?? [];
    expect(puts.length).toBeGreaterThan(0);
    expect(conditions.length).toBeGreaterThanOrEqual(puts.length);
  });
});
