import { createHash } from "node:crypto";
import { ARCHIVE_PAGE_SIZE } from "../../functions/core/export-archive";
import type { FilingStore } from "../../functions/core/filing-store";
import { filingKey } from "../../shared/filing/filing";
import type { AuditEntry, FilingHead, VersionRecord } from "../../shared/api/records";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";

/**
 * A year of `n` generated filings as the archive reads them (no DynamoDB): for the memory-bound test
 * (tests/records/archive-memory-bound.test.ts) and the benchmark (bench/archive-memory.ts) alike.
 */
export const SYNTHETIC_AT = "2026-03-01T10:00:00.000Z";
const by = { sub: "u-awo", name: "Sachbearbeitung", role: "traeger" as const };
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

const filingOf = (i: number) =>
  sampleVerwendungsnachweis({
    programmeId: "stadtteilmanagement",
    traegerId: "awo",
    districtId: `bezirk-${i}`,
    year: 2025,
  });
const indexOf = (filingId: string) => Number(filingId.split("bezirk-")[1]);
const originalBytes = (i: number) => new TextEncoder().encode(JSON.stringify(filingOf(i)));

const headOf = (i: number): FilingHead => {
  const f = filingOf(i);
  return {
    filingId: filingKey(f.kind, f.meta),
    kind: f.kind,
    meta: f.meta,
    status: "eingereicht",
    latestVersion: 1,
    auditSeq: 1,
    createdAt: SYNTHETIC_AT,
    updatedAt: SYNTHETIC_AT,
    submittedAt: SYNTHETIC_AT,
    findingCounts: { fehler: 0, warnung: 0, hinweis: 0 },
  } as FilingHead;
};

const submittedTrail = (): AuditEntry[] => [
  {
    seq: 1,
    at: SYNTHETIC_AT,
    by,
    action: "einreichen",
    fromStatus: null,
    toStatus: "eingereicht",
    version: 1,
    comments: [],
  } as AuditEntry,
];

/**
 * The part of FilingStore the archive reads, generated on the fly; `scan(i)` adds a signed scan to
 * filing i. `seen` counts what the archive asks for: pages, and the most heads and versions handed
 * out at once (the archive must read page by page, never ahead).
 */
export const syntheticYearStore = (n: number, { scan }: { scan?: (i: number) => Uint8Array } = {}) => {
  const seen = { pages: 0, maxHeadsPerPage: 0, maxVersionsPerRead: 0 };
  const store = {
    listHeadsPage: async (_q: unknown, page: { cursor?: string; limit?: number }) => {
      const from = Number(page.cursor ?? 0);
      const to = Math.min(n, from + (page.limit ?? ARCHIVE_PAGE_SIZE));
      seen.pages++;
      seen.maxHeadsPerPage = Math.max(seen.maxHeadsPerPage, to - from);
      return {
        heads: Array.from({ length: to - from }, (_, k) => headOf(from + k)),
        ...(to < n && { cursor: String(to) }),
      };
    },
    getVersions: async (keys: readonly { filingId: string }[]) => {
      seen.maxVersionsPerRead = Math.max(seen.maxVersionsPerRead, keys.length);
      return keys.map(({ filingId }) => {
        const i = indexOf(filingId);
        return {
          filingId,
          version: 1,
          content: filingOf(i),
          findings: [],
          sha256: sha(originalBytes(i)),
          submittedBy: { sub: by.sub, name: by.name },
          submittedAt: SYNTHETIC_AT,
          signer: null,
          source: "json",
        } as unknown as VersionRecord;
      });
    },
    getAuditTrails: async (heads: readonly { filingId: string }[]) =>
      new Map<string, AuditEntry[]>(heads.map((h) => [h.filingId, submittedTrail()])),
    getOriginal: async (filingId: string) => {
      const bytes = originalBytes(indexOf(filingId));
      return { mediaType: "application/json", bytes, sha256: sha(bytes) };
    },
    listAttachments: async (filingId: string) =>
      scan
        ? [
            {
              attachmentId: "a1",
              filingId,
              version: 1,
              kind: "unterschrift",
              mediaType: "image/jpeg",
              bytes: scan(indexOf(filingId)).byteLength,
              sha256: "",
              uploadedAt: SYNTHETIC_AT,
              uploadedBy: by,
              chunks: 1,
            },
          ]
        : [],
    getAttachment: async (filingId: string) =>
      scan && {
        record: { attachmentId: "a1", kind: "unterschrift", mediaType: "image/jpeg" },
        bytes: scan(indexOf(filingId)),
      },
  };
  return { store: store as unknown as FilingStore, seen };
};
