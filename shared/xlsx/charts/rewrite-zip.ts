import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";

/**
 * Just enough of the zip format to change a few entries of an xlsx after it was written: every entry
 * that stays is copied byte for byte (compressed data, data descriptor and all); changed and added
 * entries are deflated anew. Works on Uint8Array only, so it runs in a browser as in Node.
 */
interface Entry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
  /** The central directory record as written, to copy for an unchanged entry. */
  record: Uint8Array;
}

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number) =>
  (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
export const crc32 = (data: Uint8Array): number => {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

const readEntries = (zip: Uint8Array): { entries: Entry[]; directoryStart: number } => {
  let eocd = zip.length - 22;
  while (eocd >= 0 && u32(zip, eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("Keine Zip-Datei: Verzeichnisende fehlt");
  const count = u16(zip, eocd + 10);
  const directoryStart = u32(zip, eocd + 16);
  const entries: Entry[] = [];
  for (let i = 0, o = directoryStart; i < count; i++) {
    if (u32(zip, o) !== 0x02014b50) throw new Error("Zip-Verzeichnis beschädigt");
    const nameLength = u16(zip, o + 28);
    const length = 46 + nameLength + u16(zip, o + 30) + u16(zip, o + 32);
    entries.push({
      name: strFromU8(zip.subarray(o + 46, o + 46 + nameLength)),
      method: u16(zip, o + 10),
      crc: u32(zip, o + 16),
      compressedSize: u32(zip, o + 20),
      size: u32(zip, o + 24),
      offset: u32(zip, o + 42),
      record: zip.subarray(o, o + length),
    });
    o += length;
  }
  return { entries, directoryStart };
};

/** Names are stored as written; exceljs writes some with a leading slash, which readers ignore. */
const bare = (name: string) => name.replace(/^\//, "");

/** The uncompressed content of an entry, or undefined when the zip has none of that name. */
export const readZipEntry = (zip: Uint8Array, name: string): Uint8Array | undefined => {
  const entry = readEntries(zip).entries.find((e) => bare(e.name) === bare(name));
  if (!entry) return undefined;
  const start = entry.offset + 30 + u16(zip, entry.offset + 26) + u16(zip, entry.offset + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  return entry.method === 0 ? data.slice() : inflateSync(data);
};

export const readZipText = (zip: Uint8Array, name: string): string | undefined => {
  const data = readZipEntry(zip, name);
  return data && strFromU8(data);
};

export const zipEntryNames = (zip: Uint8Array): string[] => readEntries(zip).entries.map((e) => bare(e.name));

const header = (size: number, fill: (view: DataView) => void) => {
  const bytes = new Uint8Array(size);
  fill(new DataView(bytes.buffer));
  return bytes;
};

/**
 * A copy of `zip` with the entries in `replace` swapped for new content and those in `add` appended.
 * The caller guarantees the zip is small enough for 32-bit offsets (no Zip64), as every xlsx here is.
 */
export const rewriteZip = (zip: Uint8Array, changes: Map<string, string | Uint8Array>): Uint8Array => {
  const { entries, directoryStart } = readEntries(zip);
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  const pending = new Map([...changes].map(([name, content]) => [bare(name), content]));
  const writeNew = (name: string, content: string | Uint8Array) => {
    const raw = typeof content === "string" ? strToU8(content) : content;
    const data = deflateSync(raw, { level: 6 });
    const nameBytes = strToU8(name);
    const crc = crc32(raw);
    const local = header(30, (v) => {
      v.setUint32(0, 0x04034b50, true);
      v.setUint16(4, 20, true);
      v.setUint16(6, 0x0800, true); // UTF-8 names
      v.setUint16(8, 8, true);
      v.setUint32(14, crc, true);
      v.setUint32(18, data.length, true);
      v.setUint32(22, raw.length, true);
      v.setUint16(26, nameBytes.length, true);
    });
    const central = header(46, (v) => {
      v.setUint32(0, 0x02014b50, true);
      v.setUint16(4, 20, true);
      v.setUint16(6, 20, true);
      v.setUint16(8, 0x0800, true);
      v.setUint16(10, 8, true);
      v.setUint32(16, crc, true);
      v.setUint32(20, data.length, true);
      v.setUint32(24, raw.length, true);
      v.setUint16(28, nameBytes.length, true);
      v.setUint32(42, offset, true);
    });
    parts.push(local, nameBytes, data);
    directory.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  };
  const starts = [...entries.map((e) => e.offset), directoryStart].sort((a, b) => a - b);
  entries.forEach((entry) => {
    const content = pending.get(bare(entry.name));
    if (content !== undefined) {
      pending.delete(bare(entry.name));
      writeNew(bare(entry.name), content);
      return;
    }
    // Entries lie one after another; the slice up to the next one includes any data descriptor.
    const end = starts.find((s) => s > entry.offset)!;
    const raw = zip.subarray(entry.offset, end);
    const record = entry.record.slice();
    new DataView(record.buffer).setUint32(42, offset, true);
    parts.push(raw);
    directory.push(record);
    offset += raw.length;
  });
  for (const [name, content] of pending) writeNew(name, content);
  const directorySize = directory.reduce((n, d) => n + d.length, 0);
  const count =
    entries.length + [...changes.keys()].filter((n) => !entries.some((e) => bare(e.name) === bare(n))).length;
  const end = header(22, (v) => {
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, count, true);
    v.setUint16(10, count, true);
    v.setUint32(12, directorySize, true);
    v.setUint32(16, offset, true);
  });
  const out = new Uint8Array(offset + directorySize + 22);
  let at = 0;
  for (const p of [...parts, ...directory, end]) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
