import { gunzipSync, gzipSync } from "node:zlib";
import { BadRequestError } from "../core/errors";
import { SUBMISSION_BUDGET } from "../../shared/domain/store-limits";

/**
 * A DynamoDB item may hold 400 KB including attribute names. Version content is gzipped; what is
 * still bigger than INLINE_LIMIT goes into chunk items of CHUNK_SIZE bytes each, written in the same
 * transaction as the version. The transaction also carries the original: SUBMISSION_BUDGET splits its 4 MB.
 */
export const INLINE_LIMIT = 300_000;
export const CHUNK_SIZE = 300_000;
export const MAX_COMPRESSED = SUBMISSION_BUDGET.maxContentCompressedBytes;

export interface EncodedContent {
  /** The gzip bytes when they fit into the version item. */
  inline?: Uint8Array;
  /** Otherwise the gzip bytes in order, one chunk item each. */
  chunks: Uint8Array[];
}

export const encodeContent = (value: unknown): EncodedContent => {
  const gz = new Uint8Array(gzipSync(Buffer.from(JSON.stringify(value), "utf8")));
  if (gz.byteLength > MAX_COMPRESSED)
    throw new BadRequestError(
      `Die Einreichung ist auch komprimiert zu groß (${Math.ceil(gz.byteLength / 1_000_000)} MB, höchstens ${MAX_COMPRESSED / 1_000_000} MB).`,
    );
  if (gz.byteLength <= INLINE_LIMIT) return { inline: gz, chunks: [] };
  const chunks: Uint8Array[] = [];
  for (let offset = 0; offset < gz.byteLength; offset += CHUNK_SIZE)
    chunks.push(gz.subarray(offset, offset + CHUNK_SIZE));
  return { chunks };
};

export const decodeContent = (parts: readonly Uint8Array[]): unknown =>
  JSON.parse(gunzipSync(Buffer.concat(parts.map((p) => Buffer.from(p)))).toString("utf8"));
