import { Deflate } from "fflate";
import { crc32, deflateRawSync } from "node:zlib";
import type { Spool } from "./file-spool";

/**
 * Where the zip goes. What it returns is awaited before the next chunk: a promise there is a response
 * stream's backpressure; anything else passes at once.
 */
export type ZipSink = (chunk: Uint8Array) => unknown;

const MAX32 = 0xffffffff;
const MAX16 = 0xffff;
const UTF8_NAMES = 0x0800;
const DATA_DESCRIPTOR = 0x0008;
/** "Made by" Unix (3) with ZIP 4.5 (zip64), so unzip restores the files as 0644. */
const MADE_BY = (3 << 8) | 45;
const FILE_MODE = (0o100644 << 16) >>> 0;

/** The DOS date and time of `at` as a clock in Germany shows it (zip stores local time). */
const dosTime = (at: Date) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Berlin",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    })
      .formatToParts(at)
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  return {
    time: (parts.hour! << 11) | (parts.minute! << 5) | (parts.second! >> 1),
    date: ((parts.year! - 1980) << 9) | (parts.month! << 5) | parts.day!,
  };
};

interface EntryInfo {
  name: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  offset: number;
}

/**
 * A zip written front to back into `sink`, for any number of files: each file's bytes go out as it is
 * added, its central-directory record goes to `directory` (a spool on disk), and `end()` copies the
 * directory out and closes with zip64 records where counts or offsets pass the 16/32-bit fields.
 * Memory holds one file (and its deflated form) – never the list of files.
 */
export const createZipWriter = (sink: ZipSink, directory: Spool, mtime: Date) => {
  const { time, date } = dosTime(mtime);
  let offset = 0;
  let count = 0;
  const out = async (chunk: Uint8Array) => {
    offset += chunk.byteLength;
    await sink(chunk);
  };

  /**
   * The fields local header and central record share, in the same order (version needed … name
   * length), written at `at`: 4 bytes after the local signature, 6 after the central one.
   */
  const entryFields = (h: Buffer, at: number, e: EntryInfo, versionNeeded: number) => {
    h.writeUInt16LE(versionNeeded, at);
    h.writeUInt16LE(e.flags, at + 2);
    h.writeUInt16LE(e.method, at + 4);
    h.writeUInt16LE(time, at + 6);
    h.writeUInt16LE(date, at + 8);
    h.writeUInt32LE(e.crc, at + 10);
    h.writeUInt32LE(e.compressed, at + 14);
    h.writeUInt32LE(e.size, at + 18);
    h.writeUInt16LE(e.name.byteLength, at + 22);
  };

  const localHeader = (e: EntryInfo) => {
    const h = Buffer.alloc(30 + e.name.byteLength);
    h.writeUInt32LE(0x04034b50, 0);
    entryFields(h, 4, e, 20);
    h.set(e.name, 30);
    return h;
  };

  const record = (e: EntryInfo) => {
    const far = e.offset >= MAX32;
    const r = Buffer.alloc(46 + e.name.byteLength + (far ? 12 : 0));
    r.writeUInt32LE(0x02014b50, 0);
    r.writeUInt16LE(MADE_BY, 4);
    entryFields(r, 6, e, far ? 45 : 20);
    r.writeUInt16LE(far ? 12 : 0, 30);
    r.writeUInt32LE(FILE_MODE, 38);
    r.writeUInt32LE(far ? MAX32 : e.offset, 42);
    r.set(e.name, 46);
    if (far) {
      // zip64 extended information: only the offset is too large (every file is far below 4 GiB).
      const at = 46 + e.name.byteLength;
      r.writeUInt16LE(0x0001, at);
      r.writeUInt16LE(8, at + 2);
      r.writeBigUInt64LE(BigInt(e.offset), at + 4);
    }
    return directory.append(r);
  };

  const nameOf = (path: string) => {
    const name = new TextEncoder().encode(path);
    if (name.byteLength > MAX16) throw new Error(`Dateiname im Archiv zu lang: ${path.slice(0, 80)}…`);
    return name;
  };

  return {
    /** Bytes written to the sink so far. */
    get bytes() {
      return offset;
    },
    /** A file held in memory whole: its size and CRC are known, so its header says them. */
    add: async (path: string, data: Uint8Array, compress: boolean) => {
      const body = compress ? deflateRawSync(data, { level: 6 }) : data;
      if (body.byteLength >= MAX32 || data.byteLength >= MAX32)
        throw new Error(`Datei im Archiv größer als 4 GiB: ${path}`);
      const e: EntryInfo = {
        name: nameOf(path),
        flags: UTF8_NAMES,
        method: compress ? 8 : 0,
        crc: crc32(data),
        compressed: body.byteLength,
        size: data.byteLength,
        offset,
      };
      await out(localHeader(e));
      await out(body);
      count++;
      await record(e);
      return body.byteLength;
    },
    /** A file that arrives in pieces (a spool): deflated as it comes, sizes in a data descriptor. */
    addStream: async (path: string, chunks: AsyncIterable<Uint8Array>) => {
      const e: EntryInfo = {
        name: nameOf(path),
        flags: UTF8_NAMES | DATA_DESCRIPTOR,
        method: 8,
        crc: 0,
        compressed: 0,
        size: 0,
        offset,
      };
      await out(localHeader(e));
      let deflated: Uint8Array[] = [];
      const deflate = new Deflate({ level: 6 }, (chunk) => deflated.push(chunk));
      const pass = async () => {
        for (const chunk of deflated) {
          e.compressed += chunk.byteLength;
          await out(chunk);
        }
        deflated = [];
      };
      for await (const chunk of chunks) {
        e.crc = crc32(chunk, e.crc);
        e.size += chunk.byteLength;
        deflate.push(chunk);
        await pass();
      }
      deflate.push(new Uint8Array(0), true);
      await pass();
      if (e.size >= MAX32 || e.compressed >= MAX32)
        throw new Error(`Datei im Archiv größer als 4 GiB: ${path}`);
      const descriptor = Buffer.alloc(16);
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(e.crc, 4);
      descriptor.writeUInt32LE(e.compressed, 8);
      descriptor.writeUInt32LE(e.size, 12);
      await out(descriptor);
      count++;
      await record(e);
    },
    /** The central directory (from the spool) and the end records. */
    end: async () => {
      const start = offset;
      for await (const chunk of directory.read()) await out(chunk);
      const size = offset - start;
      const zip64 = count >= MAX16 || start >= MAX32 || size >= MAX32;
      if (zip64) {
        const at = offset;
        const z = Buffer.alloc(56 + 20);
        z.writeUInt32LE(0x06064b50, 0);
        z.writeBigUInt64LE(44n, 4);
        z.writeUInt16LE(MADE_BY, 12);
        z.writeUInt16LE(45, 14);
        z.writeBigUInt64LE(BigInt(count), 24);
        z.writeBigUInt64LE(BigInt(count), 32);
        z.writeBigUInt64LE(BigInt(size), 40);
        z.writeBigUInt64LE(BigInt(start), 48);
        z.writeUInt32LE(0x07064b50, 56);
        z.writeBigUInt64LE(BigInt(at), 64);
        z.writeUInt32LE(1, 72);
        await out(z);
      }
      const eocd = Buffer.alloc(22);
      eocd.writeUInt32LE(0x06054b50, 0);
      eocd.writeUInt16LE(Math.min(count, MAX16), 8);
      eocd.writeUInt16LE(Math.min(count, MAX16), 10);
      eocd.writeUInt32LE(Math.min(size, MAX32), 12);
      eocd.writeUInt32LE(Math.min(start, MAX32), 16);
      await out(eocd);
      return { files: count, bytes: offset };
    },
  };
};
