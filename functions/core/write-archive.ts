import { createHash } from "node:crypto";
import { Zip, ZipDeflate, ZipPassThrough } from "fflate";
import {
  ARCHIVE_FORMAT,
  LIESMICH,
  manifestCsv,
  sha256Sums,
  type ManifestFile,
} from "../../shared/records/archive-layout";
import type { ArchiveEntry } from "./archive-entries";

export interface ArchiveSummary {
  files: number;
  filings: number;
  /** Bytes of the zip as written to the sink. */
  bytes: number;
}

/**
 * Streams entries into a zip with fflate's `Zip`: each file is deflated (or stored) and handed to
 * `sink` as it comes, hashed on the way, so memory holds one file and the manifest's lines – never
 * the archive. The manifest, the CSV index, SHA256SUMS and LIESMICH.txt close the archive.
 */
export const writeArchive = async (
  entries: AsyncIterable<ArchiveEntry>,
  meta: { title: string; createdAt: string; scope: object },
  sink: (chunk: Uint8Array) => void,
): Promise<ArchiveSummary> => {
  let bytes = 0;
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else {
      bytes += chunk.byteLength;
      sink(chunk);
    }
  });
  const mtime = new Date(meta.createdAt);
  const add = (path: string, data: Uint8Array, compress: boolean) => {
    const file = compress ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path);
    file.mtime = mtime;
    zip.add(file);
    file.push(data, true);
    if (failure) throw failure;
  };
  const files: ManifestFile[] = [];
  const filings = new Set<string>();
  for await (const entry of entries) {
    add(entry.path, entry.bytes, entry.compress);
    filings.add(entry.filingId);
    files.push({
      path: entry.path,
      bytes: entry.bytes.byteLength,
      sha256: createHash("sha256").update(entry.bytes).digest("hex"),
      art: entry.art,
      filingId: entry.filingId,
      ...(entry.version !== undefined && { version: entry.version }),
    });
  }
  const text = (s: string) => new TextEncoder().encode(s);
  const manifest = { ...ARCHIVE_FORMAT, ...meta, filings: filings.size, files };
  add("manifest.json", text(`${JSON.stringify(manifest, null, 2)}\n`), true);
  add("manifest.csv", text(manifestCsv(files)), true);
  add("SHA256SUMS", text(sha256Sums(files)), true);
  add("LIESMICH.txt", text(LIESMICH(meta.title, meta.createdAt)), true);
  zip.end();
  if (failure) throw failure;
  return { files: files.length, filings: filings.size, bytes };
};
