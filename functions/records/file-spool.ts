import { mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Bytes written now and read back once, in order, later: the archive's index files and the zip's
 * central directory grow with every file, so they wait on disk (Lambda's /tmp), never in memory.
 */
export interface Spool {
  append(bytes: Uint8Array): Promise<void>;
  /** Bytes appended so far. */
  readonly size: number;
  /** Bytes held in memory right now (at most the write buffer). */
  readonly buffered: number;
  /** Everything appended, in chunks of at most `SPOOL_CHUNK_BYTES`; once. */
  read(): AsyncGenerator<Uint8Array>;
  dispose(): Promise<void>;
}

export type OpenSpool = () => Promise<Spool>;

/** Write buffer and read chunk: 64 KiB, so a spool holds at most this much in memory. */
export const SPOOL_CHUNK_BYTES = 64 * 1024;

/**
 * A spool in a temporary file. The file is unlinked at once and used through its open handle, so
 * nothing stays behind in /tmp when the function is cut off mid-export.
 */
export const openFileSpool: OpenSpool = async () => {
  const dir = await mkdtemp(join(tmpdir(), "archiv-spool-"));
  const path = join(dir, "spool");
  const handle = await open(path, "w+");
  await rm(dir, { recursive: true, force: true });
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let written = 0;
  const flush = async () => {
    if (!pendingBytes) return;
    const data = Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    await handle.write(data, 0, data.byteLength, written);
    written += data.byteLength;
  };
  return {
    get size() {
      return written + pendingBytes;
    },
    get buffered() {
      return pendingBytes;
    },
    append: async (bytes) => {
      pending.push(bytes);
      pendingBytes += bytes.byteLength;
      if (pendingBytes >= SPOOL_CHUNK_BYTES) await flush();
    },
    read: async function* () {
      await flush();
      for (let at = 0; at < written; at += SPOOL_CHUNK_BYTES) {
        const chunk = Buffer.alloc(Math.min(SPOOL_CHUNK_BYTES, written - at));
        const { bytesRead } = await handle.read(chunk, 0, chunk.byteLength, at);
        if (bytesRead !== chunk.byteLength)
          throw new Error("Zwischendatei des Archivs unvollständig gelesen");
        yield chunk;
      }
    },
    dispose: () => handle.close(),
  };
};
