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
import { createHash } from "node:crypto";
import { performance } from "node:perf_hooks";
import { filingKey } from "../shared/filing/filing";
import { sampleVerwendungsnachweis } from "../shared/samples/sample-filings";
import type { AuditEntry, FilingHead, VersionRecord } from "../shared/api/records";
import { archiveEntries } from "../functions/core/archive-entries";
import { ARCHIVE_PAGE_SIZE } from "../functions/core/export-archive";
import type { FilingStore } from "../functions/core/filing-store";
import type { PdfRenderer } from "../functions/core/pdf-renderer";
import { writeArchive } from "../functions/core/write-archive";
import { pdfmakeRenderer } from "../functions/render/pdfmake-renderer";

const AT = "2026-03-01T10:00:00.000Z";
const by = { sub: "u-awo", name: "Sachbearbeitung", role: "traeger" as const };

const filingOf = (i: number) =>
  sampleVerwendungsnachweis({
    programmeId: "stadtteilmanagement",
    traegerId: "awo",
    districtId: `bezirk-${i}`,
    year: 2025,
  });

const headOf = (i: number): FilingHead => {
  const f = filingOf(i);
  return {
    filingId: filingKey(f.kind, f.meta),
    kind: f.kind,
    meta: f.meta,
    status: "eingereicht",
    latestVersion: 1,
    auditSeq: 1,
    createdAt: AT,
    updatedAt: AT,
    submittedAt: AT,
    findingCounts: { fehler: 0, warnung: 0, hinweis: 0 },
  } as FilingHead;
};

const indexOf = (filingId: string) => Number(filingId.split("bezirk-")[1]);
const originalBytes = (i: number) => new TextEncoder().encode(JSON.stringify(filingOf(i)));
/** A signed scan: 60 KB of bytes that do not compress, as a JPEG does not. */
const scan = (i: number) => {
  const bytes = new Uint8Array(60_000);
  for (let k = 0; k < bytes.length; k++) bytes[k] = (k * 2654435761 + i) >>> 24;
  bytes.set([0xff, 0xd8, 0xff]);
  return bytes;
};
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

/** The part of FilingStore the archive reads, generated on the fly. */
const generatedStore = (n: number): FilingStore =>
  ({
    listHeadsPage: async (_q: unknown, page: { cursor?: string; limit?: number }) => {
      const from = Number(page.cursor ?? 0);
      const to = Math.min(n, from + (page.limit ?? ARCHIVE_PAGE_SIZE));
      return {
        heads: Array.from({ length: to - from }, (_, k) => headOf(from + k)),
        ...(to < n && { cursor: String(to) }),
      };
    },
    getVersions: async (keys: readonly { filingId: string }[]) =>
      keys.map(({ filingId }): VersionRecord => {
        const i = indexOf(filingId);
        return {
          filingId,
          version: 1,
          content: filingOf(i),
          findings: [],
          sha256: sha(originalBytes(i)),
          submittedBy: { sub: by.sub, name: by.name },
          submittedAt: AT,
          signer: null,
          source: "json",
        } as unknown as VersionRecord;
      }),
    getAuditTrails: async (heads: readonly { filingId: string }[]) =>
      new Map<string, AuditEntry[]>(
        heads.map((h) => [
          h.filingId,
          [
            {
              seq: 1,
              at: AT,
              by,
              action: "einreichen",
              fromStatus: null,
              toStatus: "eingereicht",
              version: 1,
              comments: [],
            },
          ],
        ]),
      ),
    getOriginal: async (filingId: string) => {
      const bytes = originalBytes(indexOf(filingId));
      return { mediaType: "application/json", bytes, sha256: sha(bytes) };
    },
    listAttachments: async (filingId: string) => [
      {
        attachmentId: "a1",
        filingId,
        version: 1,
        kind: "unterschrift",
        mediaType: "image/jpeg",
        bytes: 60_000,
        sha256: "",
        uploadedAt: AT,
        uploadedBy: by,
        chunks: 1,
      },
    ],
    getAttachment: async (filingId: string) => ({
      record: { attachmentId: "a1", kind: "unterschrift", mediaType: "image/jpeg" },
      bytes: scan(indexOf(filingId)),
    }),
  }) as unknown as FilingStore;

const stubPdf: PdfRenderer = { render: async () => scan(7).fill(0x20, 3).slice(0, 30_000) };

const child = async (n: number, realPdf: boolean) => {
  const store = generatedStore(n);
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
