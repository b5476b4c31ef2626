import { Deflate, unzipSync, zipSync, strToU8 } from "fflate";

const MiB = 1024 * 1024;

/**
 * A raw DEFLATE stream that inflates to `mib` MiB of spaces, built in milliseconds: one MiB is
 * compressed once, sync-flushed to a byte boundary, and its continuation block repeated (each
 * copy refers only back into the spaces before it). 400 MiB ≈ 0.4 MB, 1 GiB ≈ 1 MB.
 */
const made = new Map<number, Uint8Array>();
export const deflateBomb = (mib: number): Uint8Array => {
  const done = made.get(mib);
  if (done) return done;
  const parts: Uint8Array[] = [];
  const deflate = new Deflate({ level: 1 }, (chunk) => parts.push(chunk));
  const spaces = new Uint8Array(MiB).fill(0x20);
  const take = () => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts.splice(0)) out.set(p, (at += p.length) - p.length);
    return out;
  };
  deflate.push(spaces);
  deflate.flush(true);
  const first = take();
  deflate.push(spaces);
  deflate.flush(true);
  const next = take();
  const out = new Uint8Array(first.length + next.length * (mib - 1) + 2);
  out.set(first, 0);
  for (let i = 1; i < mib; i++) out.set(next, first.length + next.length * (i - 1));
  out.set([3, 0], out.length - 2); // an empty final block
  made.set(mib, out);
  return out;
};

export interface RawEntry {
  name: string;
  /** Already compressed with `method` (0 stored, 8 deflate). */
  data: Uint8Array;
  method: 0 | 8;
  /** Declared unpacked size – tests make it lie. */
  size: number;
}

const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number) => [...u16(n & 0xffff), ...u16(n >>> 16)];

/**
 * What the local header and the central directory both say of an entry: method, time, date, CRC (0),
 * compressed size, declared size, name length, extra length.
 */
const entryFields = (e: RawEntry, nameLength: number) => [
  ...u16(e.method),
  ...u16(0),
  ...u16(0),
  ...u32(0),
  ...u32(e.data.length),
  ...u32(e.size),
  ...u16(nameLength),
  ...u16(0),
];

/** A zip written byte by byte, so tests can declare whatever sizes they like (CRC left 0). */
export const writeRawZip = (entries: readonly RawEntry[]): Uint8Array => {
  const chunks: number[][] = [];
  const central: number[][] = [];
  let offset = 0;
  const bodies: Uint8Array[] = [];
  for (const e of entries) {
    const name = [...strToU8(e.name)];
    const common = entryFields(e, name.length);
    const local = [...u32(0x04034b50), ...u16(20), ...u16(0), ...common, ...name];
    central.push([
      ...u32(0x02014b50),
      ...u16(20),
      ...u16(20),
      ...u16(0),
      ...common,
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(offset),
      ...name,
    ]);
    chunks.push(local);
    bodies.push(e.data);
    offset += local.length + e.data.length;
  }
  const directory = central.flat();
  const end = [
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(entries.length),
    ...u16(entries.length),
    ...u32(directory.length),
    ...u32(offset),
    ...u16(0),
  ];
  const out = new Uint8Array(offset + directory.length + end.length);
  let at = 0;
  entries.forEach((_e, i) => {
    out.set(chunks[i]!, at);
    at += chunks[i]!.length;
    out.set(bodies[i]!, at);
    at += bodies[i]!.length;
  });
  out.set(directory, at);
  out.set(end, at + directory.length);
  return out;
};

/** Every entry of a real workbook as stored entries, plus `extra` ones (bombs) in the same zip. */
export const withEntries = (workbook: Uint8Array, extra: readonly RawEntry[], drop: string[] = []) => {
  const files = unzipSync(workbook);
  const stored: RawEntry[] = Object.entries(files)
    .filter(([name]) => !drop.includes(name) && !name.endsWith("/"))
    .map(([name, data]) => ({ name, data, method: 0, size: data.length }));
  return writeRawZip([...stored, ...extra]);
};

/** Replaces parts of a workbook (text) and zips it again the ordinary way. */
export const withParts = (workbook: Uint8Array, parts: Record<string, string>) => {
  const files = unzipSync(workbook);
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  return zipSync(files, { level: 1 });
};

/** The bombs the hardening issue reproduced, each a few hundred KB to a few MB. */
export const bombs = (workbook: Uint8Array) => {
  const bomb400 = deflateBomb(400);
  return {
    "400 MiB sheet XML, honest size": withEntries(workbook, [
      { name: "xl/worksheets/sheet9.xml", data: bomb400, method: 8, size: 400 * MiB },
    ]),
    "400 MiB sheet XML, declared 2 KB": withEntries(workbook, [
      { name: "xl/worksheets/sheet9.xml", data: bomb400, method: 8, size: 2048 },
    ]),
    "1 GiB entry the workbook never references": withEntries(workbook, [
      { name: "xl/unused.bin", data: deflateBomb(1024), method: 8, size: 1024 * MiB },
    ]),
    "1 GiB shared strings declared as 10 MB": withEntries(
      workbook,
      [{ name: "xl/sharedStrings.xml", data: deflateBomb(1024), method: 8, size: 10 * MiB }],
      ["xl/sharedStrings.xml"],
    ),
    "30 entries of 3 MiB each (90 MiB together)": withEntries(
      workbook,
      Array.from({ length: 30 }, (_, i) => ({
        name: `xl/media/image${i}.png`,
        data: deflateBomb(3),
        method: 8 as const,
        size: 3 * MiB,
      })),
    ),
    "5,000 entries": withEntries(
      workbook,
      Array.from({ length: 5_000 }, (_, i) => ({
        name: `xl/x${i}.xml`,
        data: new Uint8Array(1),
        method: 0 as const,
        size: 1,
      })),
    ),
  };
};
