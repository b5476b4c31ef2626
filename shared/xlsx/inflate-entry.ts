import { Inflate, inflateSync } from "fflate";
import type { ZipEntry } from "./read-zip-directory";
import { READ_METER } from "./read-meter";
import { tooLarge, unreadable } from "./xlsx-refused";

/** Deflate expands at most ~1,032×: the most bytes `compressed` bytes can inflate to. */
const MAX_RATIO = 1_032;
/**
 * Compressed bytes per push when an entry could inflate far past its declared size: one push yields
 * at most ~8 MB, so a lie is stopped near the budget, not at the end of its data.
 */
const SLICE = 8 * 1024;

/** Stops inflating: fflate calls back with the chunks in order. */
class Overflow extends Error {}

const streamed = (data: Uint8Array, out: Uint8Array): number => {
  let length = 0;
  let done = false;
  const inflate = new Inflate((chunk, final) => {
    if (length + chunk.length > out.length) throw new Overflow();
    out.set(chunk, length);
    length += chunk.length;
    done ||= final;
  });
  for (let at = 0; at < data.length && !done; at += SLICE)
    inflate.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
  if (data.length === 0) inflate.push(data, true);
  return done ? length : -1;
};

/**
 * One entry's bytes, unpacked into a buffer of its declared size (which must be within the budget).
 * Where the compressed bytes cannot inflate to much more than that, in one call; otherwise in slices,
 * so an entry that lies about its size is stopped at the buffer's end, not at the end of its data.
 * Must come out exactly as long as declared.
 */
export const inflateEntry = (bytes: Uint8Array, entry: ZipEntry, budget: number): Uint8Array => {
  const what = `der Teil „${entry.name.slice(0, 80)}“`;
  if (entry.size > budget)
    throw tooLarge(`${what} ist entpackt ${Math.ceil(entry.size / 1024 / 1024)} MB groß`);
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length !== entry.size) throw unreadable(`${what} hat eine falsche Größenangabe`);
    READ_METER.bytesInflated += data.length;
    return data;
  }
  if (entry.method !== 8) throw unreadable(`${what} ist mit einem unbekannten Verfahren gepackt`);
  // One byte more than declared: a stream that fills it is longer than it says.
  const out = new Uint8Array(entry.size + 1);
  let length: number;
  try {
    length =
      data.length * MAX_RATIO <= 2 * out.length + 65_536
        ? inflateSync(data, { out }).length
        : streamed(data, out);
  } catch (err) {
    if (err instanceof Overflow || err instanceof RangeError)
      throw tooLarge(`${what} ist entpackt größer als angegeben`);
    throw unreadable(`${what} ist beschädigt`);
  }
  if (length > entry.size) throw tooLarge(`${what} ist entpackt größer als angegeben`);
  if (length !== entry.size) throw unreadable(`${what} ist beschädigt oder unvollständig`);
  READ_METER.bytesInflated += length;
  return out.subarray(0, length);
};
