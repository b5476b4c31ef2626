import { createHash } from "node:crypto";
import { LIESMICH, manifestLines, type ManifestFile } from "../../shared/records/archive-layout";
import { openFileSpool, type OpenSpool, type Spool } from "../records/file-spool";
import { createZipWriter, type ZipSink } from "../records/zip-writer";
import type { ArchiveEntry } from "./archive-entries";

export interface ArchiveSummary {
  files: number;
  filings: number;
  /** Bytes of the zip as written to the sink. */
  bytes: number;
  /**
   * The most bytes the writer held in memory at once: the current file, its deflated form and the
   * spools' write buffers. Bounded by the largest file, whatever the number of files (tests assert it).
   */
  peakHeldBytes: number;
}

const text = (s: string) => new TextEncoder().encode(s);

/**
 * Streams entries into a zip: each file is hashed, deflated (or stored) and handed to `sink` as it
 * comes. What grows with the number of files – the zip's central directory and the lines of
 * manifest.json, manifest.csv and SHA256SUMS – goes to spools (temporary files), which close the
 * archive after the last file. So memory holds one file, never the list: flat for any number of
 * filings. A sink that returns a promise is awaited (a response stream's backpressure).
 */
export const writeArchive = async (
  entries: AsyncIterable<ArchiveEntry>,
  meta: { title: string; createdAt: string; scope: object },
  sink: ZipSink,
  openSpool: OpenSpool = openFileSpool,
): Promise<ArchiveSummary> => {
  const spools: Spool[] = [];
  const spool = async () => {
    const s = await openSpool();
    spools.push(s);
    return s;
  };
  try {
    const [directory, json, csv, sums] = [await spool(), await spool(), await spool(), await spool()];
    const zip = createZipWriter(sink, directory, new Date(meta.createdAt));
    let peakHeldBytes = 0;
    const held = (bytes: number) => {
      const buffered = spools.reduce((sum, s) => sum + s.buffered, 0);
      peakHeldBytes = Math.max(peakHeldBytes, bytes + buffered);
    };
    await json.append(text(manifestLines.jsonHead(meta)));
    await csv.append(text(manifestLines.csvHeader()));
    let files = 0;
    let filings = 0;
    let lastFiling: string | undefined;
    for await (const entry of entries) {
      // archiveEntries yields filing after filing, so a change of id is a new filing.
      if (entry.filingId !== lastFiling) filings++;
      lastFiling = entry.filingId;
      const written = await zip.add(entry.path, entry.bytes, entry.compress);
      held(entry.bytes.byteLength + (entry.compress ? written : 0));
      const file: ManifestFile = {
        path: entry.path,
        bytes: entry.bytes.byteLength,
        sha256: createHash("sha256").update(entry.bytes).digest("hex"),
        art: entry.art,
        filingId: entry.filingId,
        ...(entry.version !== undefined && { version: entry.version }),
      };
      await json.append(text(manifestLines.jsonFile(file, files === 0)));
      await csv.append(text(manifestLines.csvRow(file)));
      await sums.append(text(manifestLines.sha256Sum(file)));
      files++;
    }
    await json.append(text(manifestLines.jsonTail(filings)));
    await zip.addStream("manifest.json", json.read());
    await zip.addStream("manifest.csv", csv.read());
    await zip.addStream("SHA256SUMS", sums.read());
    await zip.add("LIESMICH.txt", text(LIESMICH(meta.title, meta.createdAt)), true);
    const { bytes } = await zip.end();
    return { files, filings, bytes, peakHeldBytes };
  } finally {
    await Promise.all(spools.map((s) => s.dispose()));
  }
};
