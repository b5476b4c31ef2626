// Archive export of a year of N synthetic filings, each in its own child process so peak RSS is
// its own: the streamed zip (archiveEntries → writeArchive: files out as they come, the central
// directory and the index files spooled to temporary files) into a sink that only counts bytes, as a
// response stream would take them.
//   npx tsx bench/archive-memory.ts               → 50, 500 and 5,000 filings side by side
//   npx tsx bench/archive-memory.ts child <n> [pdf]   (what the parent runs; pdf = real pdfmake receipts)
// Reads come from a generated store (no DynamoDB): this measures the archive, not the database.
// Receipts use a stand-in PDF of 30 KB unless `pdf` is given (pdfmake costs ~0.1 s a receipt).
// Numbers are printed, never asserted. Goal: peak RSS about flat from 50 to 5,000 filings.
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { archiveEntries } from "../functions/core/archive-entries";
import { ARCHIVE_PAGE_SIZE } from "../functions/core/export-archive";
import type { PdfRenderer } from "../functions/core/pdf-renderer";
import { writeArchive } from "../functions/core/write-archive";
import { pdfmakeRenderer } from "../functions/render/pdfmake-renderer";
import { SYNTHETIC_AT, syntheticYearStore } from "../tests/records/synthetic-year-store";

const AT = SYNTHETIC_AT;
/** A signed scan: 60 KB of bytes that do not compress, as a JPEG does not. */
const scan = (i: number) => {
  const bytes = new Uint8Array(60_000);
  for (let k = 0; k < bytes.length; k++) bytes[k] = (k * 2654435761 + i) >>> 24;
  bytes.set([0xff, 0xd8, 0xff]);
  return bytes;
};

const stubPdf: PdfRenderer = { render: async () => scan(7).fill(0x20, 3).slice(0, 30_000) };

const child = async (n: number, realPdf: boolean) => {
  const { store } = syntheticYearStore(n, { scan });
  let pagesRead = 0;
  async function* pages() {
    let cursor: string | undefined;
    do {
      const page = await store.listHeadsPage(
        { programmeId: "stadtteilmanagement", year: 2025 },
        { limit: ARCHIVE_PAGE_SIZE, ...(cursor && { cursor }) },
      );
      pagesRead++;
      yield page.heads;
      cursor = page.cursor;
    } while (cursor);
  }
  let heapPeak = 0;
  let zipBytes = 0;
  const started = performance.now();
  const summary = await writeArchive(
    archiveEntries(pages(), { store }, realPdf ? pdfmakeRenderer() : stubPdf),
    { title: "Bench", createdAt: AT, scope: { programmeId: "stadtteilmanagement", year: 2025 } },
    (chunk) => {
      zipBytes += chunk.byteLength;
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({
      filings: n,
      files: summary.files,
      zipMb: +(zipBytes / 1e6).toFixed(1),
      rssMb: Math.round(rssMb),
      heapPeakMb: Math.round(heapPeak / 1e6),
      heldKb: Math.round(summary.peakHeldBytes / 1024),
      pagesRead,
      seconds: +seconds.toFixed(1),
    }),
  );
};

if (process.argv[2] === "child") {
  await child(Number(process.argv[3]), process.argv[4] === "pdf");
} else {
  console.log("Archive export, streamed (peak RSS per child process; receipts: 30 KB stand-in unless noted)");
  for (const [n, pdf] of [
    [50, true],
    [50, false],
    [500, false],
    [5_000, false],
  ] as const) {
    const out = spawnSync(
      process.execPath,
      ["--import", "tsx", new URL(import.meta.url).pathname, "child", String(n), ...(pdf ? ["pdf"] : [])],
      { encoding: "utf8" },
    );
    if (out.status !== 0) throw new Error(out.stderr);
    const r = JSON.parse(out.stdout.trim().split("\n").pop()!) as Record<string, number>;
    console.log(
      `${String(n).padStart(6)} filings${pdf ? " (pdfmake)" : "           "}  ${String(r.files).padStart(6)} files  zip ${String(r.zipMb).padStart(7)} MB  peak RSS ${String(r.rssMb).padStart(4)} MB  heap peak ${String(r.heapPeakMb).padStart(4)} MB  held ${String(r.heldKb).padStart(4)} KB  ${r.pagesRead} pages  ${r.seconds} s`,
    );
  }
}
