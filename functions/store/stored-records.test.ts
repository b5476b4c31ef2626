import { createHash } from "node:crypto";
import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import * as z from "zod";
import { beforeAll, describe, expect, it } from "vitest";
import { versionRecordSchema } from "../../shared/api/records";
import { SUBMITTABLE_FROM } from "../../shared/domain/lifecycle";
import {
  filingKey,
  filingSchema,
  verwendungsnachweisFilingSchema,
  type Filing,
} from "../../shared/filing/filing";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { verwendungsnachweisSchema } from "../../shared/filing/verwendungsnachweis";
import { readStored, SCHEMA_VERSION, UPGRADES, type RawRecord } from "../core/stored-records";
import { createTestStore } from "./fixtures/create-test-store";
import { filingPk, HEAD_SK, versionSk } from "./keys";
import { encodeContent } from "./version-content";

const AT = "2026-01-15T10:00:00.000Z";
const by = { sub: "u-awo", name: "Martina Krüger", role: "traeger" as const };

describe("stored records carry their schema version and upgrade on read", () => {
  let t: Awaited<ReturnType<typeof createTestStore>>;
  beforeAll(async () => {
    t = await createTestStore();
  });

  /** Stores the content as version 1 of its filing, as today's code does. */
  const submitted = async (content: Filing) => {
    const filingId = filingKey(content.kind, content.meta);
    const sha256 = createHash("sha256").update(filingId).digest("hex");
    await t.store.appendVersion({
      filingId,
      content,
      findings: [],
      sha256,
      by,
      at: AT,
      signer: null,
      source: "json",
      submittableFrom: SUBMITTABLE_FROM,
    });
    return filingId;
  };

  /** The raw version item and its decoded content, as a future reader would find them. */
  const rawVersion = (item: RawRecord, content: unknown): RawRecord => ({
    ...item,
    ...(content as RawRecord),
  });

  it("writes today's schema version on heads and versions", async () => {
    const content = sampleVerwendungsnachweis({
      ...sampleVerwendungsnachweis().meta,
      districtId: "bockelsberg",
      traegerId: "caritas",
    });
    const filingId = await submitted(content);

    const items = await t.scan();
    const head = items.find((i) => i.pk === filingPk(filingId) && i.sk === HEAD_SK);
    const version = items.find((i) => i.pk === filingPk(filingId) && i.sk === versionSk(1));
    expect(head?.schemaVersion).toBe(SCHEMA_VERSION);
    expect(version?.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it("still reads a version written by today's code after a new field is added tomorrow", async () => {
    const content = sampleVerwendungsnachweis();
    const filingId = await submitted(content);
    const stored = (await t.scan()).find((i) => i.pk === filingPk(filingId) && i.sk === versionSk(1))!;
    const today = await t.store.getVersion(filingId, 1);

    // Tomorrow: the Verwendungsnachweis gets a required Kassenzeichen, with an upgrade that fills it.
    const tomorrowData = verwendungsnachweisSchema.extend({ kassenzeichen: z.string() });
    const tomorrowSchema = versionRecordSchema.extend({
      content: verwendungsnachweisFilingSchema.extend({ data: tomorrowData }),
    });
    const tomorrowUpgrades = {
      ...UPGRADES,
      [SCHEMA_VERSION]: (raw: RawRecord) => ({
        ...raw,
        content: {
          ...(raw.content as RawRecord),
          data: { ...((raw.content as RawRecord).data as RawRecord), kassenzeichen: "" },
        },
      }),
    };
    const raw = rawVersion(stored, { content: today!.content, findings: today!.findings });

    const read = readStored(tomorrowSchema, raw, tomorrowUpgrades, SCHEMA_VERSION + 1);

    expect(read.content.data.kassenzeichen).toBe("");
    expect(read.content.data.personal).toEqual(content.data.personal);
    // Without the upgrade step the new required field would make every stored version unreadable.
    expect(() => tomorrowSchema.parse(raw)).toThrow();
  });

  it("reads a version stored before programmes existed (schema 1) as Lüneburg's Stadtteilmanagement", async () => {
    const { programmeId: _dropped, ...oldMeta } = sampleVerwendungsnachweis().meta;
    const filingId = "2023.verwendungsnachweis.awo.kaltenmoor";
    const content = { ...sampleVerwendungsnachweis(), meta: { ...oldMeta, year: 2023 } };
    const doc = DynamoDBDocumentClient.from(t.client);
    const counts = { fehler: 0, warnung: 0, hinweis: 0 };
    await doc.send(
      new PutCommand({
        TableName: t.tableName,
        Item: {
          pk: filingPk(filingId),
          sk: HEAD_SK,
          type: "head",
          filingId,
          kind: "verwendungsnachweis",
          meta: content.meta,
          status: "eingereicht",
          latestVersion: 1,
          auditSeq: 1,
          createdAt: AT,
          updatedAt: AT,
          submittedAt: AT,
          findingCounts: counts,
        },
      }),
    );
    await doc.send(
      new PutCommand({
        TableName: t.tableName,
        Item: {
          pk: filingPk(filingId),
          sk: versionSk(1),
          type: "version",
          filingId,
          version: 1,
          sha256: "d".repeat(64),
          submittedBy: { sub: by.sub, name: by.name },
          submittedAt: AT,
          signer: null,
          source: "json",
          findingCounts: counts,
          body: encodeContent({ content, findings: [] }).inline,
          chunkCount: 0,
        },
      }),
    );

    const head = await t.store.getHead(filingId);
    const version = await t.store.getVersion(filingId, 1);

    expect(head?.meta.programmeId).toBe("stadtteilmanagement");
    expect(version?.content.meta).toEqual({ ...oldMeta, year: 2023, programmeId: "stadtteilmanagement" });
    expect(filingSchema.safeParse(version?.content).success).toBe(true);
  });
});
