/**
 * DynamoDB items as JSON: binary attributes (the gzipped version content, its chunks) become
 * `{ "$base64": "…" }`, so a golden fixture is plain text in git and goes back into a table as the
 * bytes it was.
 */
export type StoredItem = Record<string, unknown>;

const BINARY = "$base64";

const encode = (value: unknown): unknown => {
  if (value instanceof Uint8Array) return { [BINARY]: Buffer.from(value).toString("base64") };
  if (Array.isArray(value)) return value.map(encode);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
};

const decode = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(decode);
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]![0] === BINARY)
      return new Uint8Array(Buffer.from(String(entries[0]![1]), "base64"));
    return Object.fromEntries(entries.map(([k, v]) => [k, decode(v)]));
  }
  return value;
};

export const itemsToJson = (items: readonly StoredItem[]): string =>
  `${JSON.stringify(encode(items), null, 2)}\n`;

export const itemsFromJson = (text: string): StoredItem[] => decode(JSON.parse(text)) as StoredItem[];
