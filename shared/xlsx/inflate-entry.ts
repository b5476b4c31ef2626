import { Inflate } from "fflate";
import type { ZipEntry } from "./read-zip-directory";
import { tooLarge, unreadable } from "./xlsx-refused";

/** Compressed bytes per push: deflate expands at most ~1,032×, so one push yields at most ~1 MB. */
const SLICE = 1024;

const joined = (chunks: readonly Uint8Array[], length: number) => {
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

/**
 * One entry's bytes, unpacked with a budget: the declared size must be within it, and the bytes are
 * counted as they come, so an entry that lies about its size is stopped at the budget, not at the
 * end of its data. Must come out exactly as long as declared.
 */
export const inflateEntry = (bytes: Uint8Array, entry: ZipEntry, budget: number): Uint8Array => {
  const what = `der Teil „${entry.name.slice(0, 80)}“`;
  if (entry.size > budget)
    throw tooLarge(`${what} ist entpackt ${Math.ceil(entry.size / 1024 / 1024)} MB groß`);
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length !== entry.size) throw unreadable(`${what} hat eine falsche Größenangabe`);
    return data;
  }
  if (entry.method !== 8) throw unreadable(`${what} ist mit einem unbekannten Verfahren gepackt`);
  const chunks: Uint8Array[] = [];
  let length = 0;
  let done = false;
  const inflate = new Inflate((chunk, final) => {
    length += chunk.length;
    if (length > entry.size) throw tooLarge(`${what} ist entpackt größer als angegeben`);
    chunks.push(chunk);
    done ||= final;
  });
  try {
    for (let at = 0; at < data.length && !done; at += SLICE)
      inflate.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
    if (data.length === 0) inflate.push(data, true);
  } catch (err) {
    if (err instanceof Error && err.name === "XlsxRefusedError") throw err;
    throw unreadable(`${what} ist beschädigt`);
  }
  if (!done || length !== entry.size) throw unreadable(`${what} ist beschädigt oder unvollständig`);
  return joined(chunks, length);
};
