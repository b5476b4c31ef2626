import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SPOOL_CHUNK_BYTES } from "../../functions/records/file-spool";
import type { ArchiveEntry } from "../../functions/core/archive-entries";
import { ARCHIVE_PAGE_SIZE, exportArchive } from "../../functions/core/export-archive";
import type { PdfRenderer } from "../../functions/core/pdf-renderer";
import type { Principal } from "../../functions/core/principal";
import { writeArchive } from "../../functions/core/write-archive";
import { SYNTHETIC_AT, syntheticYearStore } from "./synthetic-year-store";

const run = promisify(execFile);
const AT = SYNTHETIC_AT;
const koordinierung = {
  sub: "u-koord",
  name: "Koordinierung",
  role: "koordinierung",
  programmeIds: ["stadtteilmanagement"],
} as unknown as Principal;
const stubPdf: PdfRenderer = { render: async () => new TextEncoder().encode("%PDF-1.4 stand-in\n") };

const exportYear = async (n: number) => {
  const { store, seen } = syntheticYearStore(n);
  let zipBytes = 0;
  const summary = await exportArchive(
    koordinierung,
    { programmeId: "stadtteilmanagement", year: 2025 },
    { store, clock: () => new Date(AT) },
    stubPdf,
    (chunk) => (zipBytes += chunk.byteLength),
  );
  return { summary, seen, zipBytes };
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "archiv-bound-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the archive's memory bound (counts, not time)", () => {
  it("reads a year page by page and holds at most one file and the spool buffers, for 20 filings as for 2,000", async () => {
    const few = await exportYear(20);
    const many = await exportYear(2_000);
    expect(many.summary.filings).toBe(2_000);
    expect(many.summary.files).toBe(2_000 * 6);
    // One page of 25 heads at a time, and one batch read of their versions.
    expect(many.seen.pages).toBe(2_000 / ARCHIVE_PAGE_SIZE);
    expect(many.seen.maxHeadsPerPage).toBe(ARCHIVE_PAGE_SIZE);
    expect(many.seen.maxVersionsPerRead).toBe(ARCHIVE_PAGE_SIZE);
    // The list of files (central directory, manifest lines) is on disk: 100× the files, yet the
    // writer holds no more than one file and the spools' write buffers.
    expect(many.zipBytes).toBeGreaterThan(50 * few.zipBytes);
    // Four spools (central directory, manifest.json, manifest.csv, SHA256SUMS) and one file: the
    // largest here is a version's content, far below 64 KB.
    const bound = 4 * SPOOL_CHUNK_BYTES + 64 * 1024;
    expect(few.summary.peakHeldBytes).toBeLessThanOrEqual(bound);
    expect(many.summary.peakHeldBytes).toBeLessThanOrEqual(bound);
  }, 120_000);

  it("writes more than 65,535 files as zip64, which unzip lists and checks whole", async () => {
    const n = 70_000;
    async function* entries(): AsyncGenerator<ArchiveEntry> {
      for (let i = 0; i < n; i++)
        yield {
          path: `f${Math.floor(i / 7)}/d${i % 7}.txt`,
          bytes: new TextEncoder().encode(`${i}\n`),
          compress: false,
          art: "Inhalt",
          filingId: `f${Math.floor(i / 7)}`,
        };
    }
    const chunks: Uint8Array[] = [];
    const summary = await writeArchive(entries(), { title: "zip64", createdAt: AT, scope: {} }, (c) =>
      chunks.push(c),
    );
    expect(summary.files).toBe(n);
    expect(summary.filings).toBe(n / 7);
    await writeFile(join(dir, "many.zip"), Buffer.concat(chunks));
    await run("unzip", ["-tqq", "many.zip"], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
    const { stdout } = await run("unzip", ["-Z1", "many.zip"], { cwd: dir, maxBuffer: 64 * 1024 * 1024 });
    const names = stdout.split("\n").filter(Boolean);
    // Every file plus manifest.json, manifest.csv, SHA256SUMS and LIESMICH.txt.
    expect(names).toHaveLength(n + 4);
    expect(names.slice(-4)).toEqual(["manifest.json", "manifest.csv", "SHA256SUMS", "LIESMICH.txt"]);
  }, 120_000);
});
