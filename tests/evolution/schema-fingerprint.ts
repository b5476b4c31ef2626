import { createHash } from "node:crypto";
import * as z from "zod";
import { filingHeadSchema, versionRecordSchema } from "../../shared/api/records";

/** What the store keeps and reads back through `readStored`: heads and versions (whose content is the filing). */
export const STORED_SHAPES = { head: filingHeadSchema, version: versionRecordSchema };
export type StoredShapes = { head: z.ZodType; version: z.ZodType };

// Wording is no shape: a changed description must not demand a new schema version.
const WORDING = new Set(["description", "title", "examples"]);

const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .filter((key) => !WORDING.has(key))
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
};

/**
 * SHA-256 of the JSON Schemas of the stored head and version – the version's content is the filing
 * of docs/filing.schema.json, so any change to that file changes the fingerprint too.
 */
export const schemaFingerprint = (shapes: StoredShapes = STORED_SHAPES): string =>
  createHash("sha256")
    .update(
      JSON.stringify(
        canonical({
          head: z.toJSONSchema(shapes.head, { target: "draft-2020-12", io: "input" }),
          version: z.toJSONSchema(shapes.version, { target: "draft-2020-12", io: "input" }),
        }),
      ),
    )
    .digest("hex");
