import { readFileSync } from "node:fs";
import { decodeContent } from "../../functions/store/version-content";
import { fixtureDir, fixtureVersions } from "./fixture-files";
import type { FixtureRecord } from "./schema-guard";
import { itemsFromJson, type StoredItem } from "./stored-item-json";

/** The DynamoDB items of a version's golden fixture, binary attributes as bytes. */
export const fixtureItems = (schemaVersion: number): StoredItem[] =>
  itemsFromJson(readFileSync(`${fixtureDir(schemaVersion)}/items.json`, "utf8"));

/**
 * Heads and versions of every fixture as the store's read path hands them to `readStored`: a
 * version item merged with its decoded content (inline or from its chunk items).
 */
export const fixtureRecords = (): FixtureRecord[] =>
  fixtureVersions().flatMap((v) => {
    const items = fixtureItems(v);
    return items.flatMap((item): FixtureRecord[] => {
      const label = `Fixture v${v} ${String(item.sk)} ${String(item.filingId)}`;
      if (item.type === "head") return [{ label, shape: "head", raw: item }];
      if (item.type !== "version") return [];
      const chunks = items.filter((c) => c.pk === item.pk && String(c.sk).startsWith(`${String(item.sk)}#`));
      const body = item.body instanceof Uint8Array ? [item.body] : chunks.map((c) => c.data as Uint8Array);
      return [{ label, shape: "version", raw: { ...item, ...(decodeContent(body) as StoredItem) } }];
    });
  });
