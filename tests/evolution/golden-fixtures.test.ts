import { readFileSync } from "node:fs";
import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, it } from "vitest";
import { filingSchema } from "../../shared/filing/filing";
import type { Finding } from "../../shared/rules/finding";
import { validateWorkbook } from "../../shared/xlsx/read-workbook";
import { createTestStore } from "../../functions/store/fixtures/create-test-store";
import { fixtureDir, fixtureVersions, workbookFixturesOf } from "./fixture-files";
import { fixtureItems } from "./fixture-records";

/**
 * A finding the user can act on stands at a cell of the workbook and is no EINGABE-MAPPE (the
 * workbook as a whole refused): whatever the schema version, an old file never reads as broken.
 */
const fixable = (f: Finding) => f.ruleId !== "EINGABE-MAPPE" && f.location.cell !== undefined;

describe.each(fixtureVersions())("golden fixtures of schema version %i", (version) => {
  let t: Awaited<ReturnType<typeof createTestStore>>;
  const items = fixtureItems(version);
  const heads = items.filter((i) => i.type === "head");

  beforeAll(async () => {
    t = await createTestStore();
    const doc = DynamoDBDocumentClient.from(t.client);
    // The items exactly as the code of that version stored them.
    for (const Item of items) await doc.send(new PutCommand({ TableName: t.tableName, Item }));
  });

  it("has stored heads and versions to read", () => {
    expect(heads.length).toBeGreaterThan(0);
    expect(items.filter((i) => i.type === "version").length).toBeGreaterThanOrEqual(heads.length);
  });

  it("reads every head, every version and every audit trail through today's store", async () => {
    for (const item of heads) {
      const filingId = String(item.filingId);
      const head = await t.store.getHead(filingId);
      expect(head?.filingId).toBe(filingId);
      for (let n = 1; n <= head!.latestVersion; n++) {
        const stored = await t.store.getVersion(filingId, n);
        expect(stored?.version).toBe(n);
        expect(filingSchema.safeParse(stored?.content).success).toBe(true);
        expect(stored?.content.meta).toEqual(head!.meta);
      }
      const audit = await t.store.listAudit(filingId);
      expect(audit.length).toBe(head!.auditSeq);
      // Heads written with the year index are found in their programme's year as well.
      if (item.gsi1pk !== undefined)
        expect((await t.store.listHeads(head!.meta)).map((h) => h.filingId)).toContain(filingId);
    }
  });

  it.each(workbookFixturesOf(version).map((w) => [w.file, w] as const))(
    "reads %s with only findings the user can fix at their cell",
    async (_file, w) => {
      const { filing, findings } = await validateWorkbook(readFileSync(`${fixtureDir(version)}/${w.file}`));

      expect(filing?.kind).toBe(w.kind);
      expect(findings.filter((f) => !fixable(f))).toEqual([]);
      expect(findings.some((f) => /beschädigt/i.test(f.message))).toBe(false);
      // A filled workbook was complete when it was handed in, and still is.
      if (w.filled) expect(findings.filter((f) => f.severity === "fehler")).toEqual([]);
    },
  );
});
