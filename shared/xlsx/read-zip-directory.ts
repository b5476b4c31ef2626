import { strFromU8 } from "fflate";
import { tooLarge, unreadable } from "./xlsx-refused";
import type { XlsxLimits } from "./xlsx-limits";

/** One entry as the central directory declares it; `dataStart` is where its compressed bytes begin. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** Declared – may lie; inflating counts the real bytes. */
  size: number;
  dataStart: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** 0xffff / 0xffffffff mark ZIP64 fields: Excel writes those only past 4 GB, far over every bound. */
const ZIP64_16 = 0xffff;
const ZIP64_32 = 0xffffffff;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

const findEndOfDirectory = (bytes: Uint8Array): number => {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) if (u32(bytes, at) === EOCD) return at;
  throw unreadable("das Inhaltsverzeichnis des Zip-Archivs fehlt");
};

/**
 * The zip's central directory, checked against the bounds before anything is inflated: entry count,
 * declared sizes, offsets inside the file, no duplicate names (which reader would win?), no ZIP64.
 * Names lose a leading "/" as exceljs strips it.
 */
export const readZipDirectory = (bytes: Uint8Array, limits: XlsxLimits): ZipEntry[] => {
  if (bytes.length > limits.maxFileBytes)
    throw tooLarge(
      `${Math.ceil(bytes.length / 1024 / 1024)} MB, höchstens ${limits.maxFileBytes / 1024 / 1024} MB`,
    );
  if (bytes.length < 22 || u32(bytes, 0) !== LOCAL) throw unreadable("sie ist kein Zip-Archiv");
  const end = findEndOfDirectory(bytes);
  const count = u16(bytes, end + 10);
  const directoryOffset = u32(bytes, end + 16);
  if (count === ZIP64_16 || directoryOffset === ZIP64_32) throw tooLarge("ein ZIP64-Archiv");
  if (count > limits.maxEntries) throw tooLarge(`${count} Teile, höchstens ${limits.maxEntries}`);
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL)
      throw unreadable("das Inhaltsverzeichnis des Zip-Archivs ist beschädigt");
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    const localOffset = u32(bytes, at + 42);
    if (next > bytes.length) throw unreadable("das Inhaltsverzeichnis des Zip-Archivs ist beschädigt");
    if (compressedSize === ZIP64_32 || size === ZIP64_32 || localOffset === ZIP64_32)
      throw tooLarge("ein ZIP64-Archiv");
    if (flags & 1) throw unreadable("sie ist verschlüsselt");
    const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/^\/+/, "");
    if (names.has(name)) throw unreadable(`der Teil „${name.slice(0, 80)}“ kommt doppelt vor`);
    names.add(name);
    if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== LOCAL)
      throw unreadable("ein Teil des Zip-Archivs fehlt");
    const dataStart = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    if (dataStart + compressedSize > bytes.length) throw unreadable("die Datei ist unvollständig");
    entries.push({ name, method, compressedSize, size, dataStart });
    at = next;
  }
  return entries;
};
