import { describe, expect, it } from "vitest";
import type { DraftRecord, FilingHead } from "../../shared/api/records";
import { SUBMITTABLE_FROM } from "../../shared/domain/lifecycle";
import { filingKey, type Filing } from "../../shared/filing/filing";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { validate } from "../../shared/rules/validate";
import { ConflictError } from "../core/errors";
import type { AppendVersionInput, FilingStore } from "../core/filing-store";
import { StaleParamsError } from "../core/stale-params-error";
import { VersionCapError } from "../core/version-cap-error";
import { stichprobeStoreContract } from "./stichprobe-store.contract";

/**
 * What every FilingStore promises, run against each implementation (DynamoDB on DynamoDB Local,
 * in memory): a test file calls `filingStoreContract` with a factory for a fresh, empty store.
 * Cases assert what a caller sees through the interface only; how items are laid out is each
 * store's own test. A new store method gets its cases here.
 */
const AT = "2026-01-15T10:00:00.000Z";
const LATER = "2026-01-16T10:00:00.000Z";
const awo = { sub: "u-awo", name: "Martina Krüger", role: "traeger" as const };
const koordinierung = { sub: "u-ko", name: "Koordinierungsstelle", role: "koordinierung" as const };
const YEAR = { programmeId: "stadtteilmanagement", year: 2025 };
const meta = (districtId: string, traegerId = "awo") => ({ ...YEAR, traegerId, districtId });

const submission = (content: Filing, extra: Partial<AppendVersionInput> = {}): AppendVersionInput => ({
  filingId: filingKey(content.kind, content.meta),
  content,
  findings: validate(content, defaultProgramParams(content.meta)),
  sha256: "a".repeat(64),
  by: awo,
  at: AT,
  signer: null,
  source: "json",
  submittableFrom: SUBMITTABLE_FROM,
  ...extra,
});

const submitted = async (store: FilingStore, input: AppendVersionInput): Promise<FilingHead> => {
  const result = await store.appendVersion(input);
  if (result.replayed) throw new Error("unerwartet wiederholt");
  return result.head;
};

export const filingStoreContract = (name: string, open: () => Promise<FilingStore>) =>
  describe(`FilingStore contract: ${name}`, () => {
    it("stores version 1 with its head and audit entry, and reads each back", async () => {
      const store = await open();
      const input = submission(sampleVerwendungsnachweis(meta("kaltenmoor")));
      const head = await submitted(store, input);
      expect(head).toMatchObject({ status: "eingereicht", latestVersion: 1, auditSeq: 1, createdAt: AT });
      expect(await store.getHead(input.filingId)).toEqual(head);
      expect(await store.getVersion(input.filingId, 1)).toEqual({
        filingId: input.filingId,
        version: 1,
        content: input.content,
        findings: input.findings,
        findingCounts: head.findingCounts,
        sha256: input.sha256,
        submittedBy: { sub: awo.sub, name: awo.name },
        submittedAt: AT,
        signer: null,
        source: "json",
      });
      expect(await store.listAudit(input.filingId)).toEqual([
        {
          seq: 1,
          at: AT,
          by: awo,
          action: "einreichen",
          fromStatus: null,
          toStatus: "eingereicht",
          version: 1,
          comments: [],
        },
      ]);
      expect(await store.getHead("gibt-es-nicht")).toBeUndefined();
      expect(await store.getVersion(input.filingId, 2)).toBeUndefined();
    });

    it("appends version 2 beside version 1, which stays as it was", async () => {
      const store = await open();
      const input = submission(sampleVerwendungsnachweis(meta("kaltenmoor")));
      await submitted(store, input);
      const first = await store.getVersion(input.filingId, 1);
      const changed = sampleVerwendungsnachweis(meta("kaltenmoor"));
      changed.data.kopf.ort = "Lüneburg, Neue Sülze";
      const head = await submitted(store, { ...submission(changed), at: LATER, sha256: "b".repeat(64) });
      expect(head).toMatchObject({ latestVersion: 2, auditSeq: 2, createdAt: AT, updatedAt: LATER });
      expect(await store.getVersion(input.filingId, 1)).toEqual(first);
      const keys = [2, 3, 1].map((version) => ({ filingId: input.filingId, version }));
      expect((await store.getVersions(keys)).map((v) => [v.version, v.sha256[0]])).toEqual([
        [2, "b"],
        [1, "a"],
      ]);
    });

    it("refuses a version the status does not allow, and one past the version cap, storing nothing", async () => {
      const store = await open();
      const input = submission(sampleVerwendungsnachweis(meta("kaltenmoor")));
      const head = await submitted(store, input);
      await expect(store.appendVersion({ ...input, submittableFrom: [null] })).rejects.toBeInstanceOf(
        ConflictError,
      );
      await expect(store.appendVersion({ ...input, maxVersions: 1 })).rejects.toBeInstanceOf(VersionCapError);
      expect(await store.getHead(input.filingId)).toEqual(head);
      expect(await store.getVersion(input.filingId, 2)).toBeUndefined();
    });

    it("answers a repeated Idempotency-Key with the stored result and refuses it for another body", async () => {
      const store = await open();
      const idempotency = { sub: awo.sub, key: "k-1" };
      const input = submission(sampleVerwendungsnachweis(meta("kaltenmoor")), { idempotency });
      await submitted(store, input);
      const record = {
        key: "k-1",
        sub: awo.sub,
        requestSha256: input.sha256,
        filingId: input.filingId,
        version: 1,
        status: "eingereicht",
        createdAt: AT,
      };
      expect(await store.appendVersion({ ...input, at: LATER })).toEqual({ replayed: true, record });
      await expect(store.appendVersion({ ...input, sha256: "c".repeat(64) })).rejects.toBeInstanceOf(
        ConflictError,
      );
      expect(await store.getIdempotencyRecord(awo.sub, "k-1")).toEqual(record);
      expect(await store.getIdempotencyRecord("u-other", "k-1")).toBeUndefined();
      expect((await store.getHead(input.filingId))?.latestVersion).toBe(1);
    });

    it("reads a submission's record, head and partner head in one call", async () => {
      const store = await open();
      const vn = submission(sampleVerwendungsnachweis(meta("kaltenmoor")), {
        idempotency: { sub: awo.sub, key: "k-2" },
      });
      const vnHead = await submitted(store, vn);
      const jb = sampleJahresbericht(meta("kaltenmoor"));
      const reads = await store.readSubmission({
        filingId: filingKey(jb.kind, jb.meta),
        partnerFilingId: vn.filingId,
        idempotency: { sub: awo.sub, key: "k-2" },
      });
      expect(reads).toEqual({
        record: expect.objectContaining({ filingId: vn.filingId }),
        partnerHead: vnHead,
      });
      expect(reads.head).toBeUndefined();
    });

    it("stores a submission made on a head read before another one as the next version (no gap)", async () => {
      const store = await open();
      const input = submission(sampleVerwendungsnachweis(meta("kaltenmoor")));
      const results = await Promise.all([
        store.appendVersion({ ...input, read: { head: undefined } }),
        store.appendVersion({ ...input, read: { head: undefined }, sha256: "d".repeat(64) }),
      ]);
      expect(results.map((r) => !r.replayed && r.head.latestVersion).sort()).toEqual([1, 2]);
      expect((await store.listAudit(input.filingId)).map((e) => e.seq)).toEqual([1, 2]);
    });

    it("refuses a submission validated with parameters that are no longer the year's latest", async () => {
      const store = await open();
      await store.putParams(defaultProgramParams(YEAR), koordinierung, AT);
      const input = submission(sampleVerwendungsnachweis(meta("kaltenmoor")));
      await expect(
        store.appendVersion({ ...input, paramsUsed: { ...YEAR, version: 0 } }),
      ).rejects.toBeInstanceOf(StaleParamsError);
      expect(await store.getHead(input.filingId)).toBeUndefined();
      await submitted(store, { ...input, paramsUsed: { ...YEAR, version: 1 } });
    });

    it("applies a review only to the head as read: of two reviewers one wins, the other sees the state", async () => {
      const store = await open();
      const input = submission(sampleVerwendungsnachweis(meta("kaltenmoor")));
      const expected = await submitted(store, input);
      const review = { filingId: input.filingId, expected, by: koordinierung, at: LATER };
      const comments = [{ path: ["verwaltung"], label: "2. Verwaltung", text: "Bitte Beleg nachreichen." }];
      const first = await store.applyReview({
        ...review,
        action: "zurueckgeben",
        toStatus: "zurueckgegeben",
        comments,
      });
      const second = await store.applyReview({
        ...review,
        action: "pruefen",
        toStatus: "rechnerisch_geprueft",
        comments: [],
      });
      const stored = await store.getHead(input.filingId);
      expect(first).toEqual({
        applied: true,
        head: { ...expected, status: "zurueckgegeben", auditSeq: 2, updatedAt: LATER },
        entry: {
          seq: 2,
          at: LATER,
          by: koordinierung,
          action: "zurueckgeben",
          fromStatus: "eingereicht",
          toStatus: "zurueckgegeben",
          version: 1,
          comments,
        },
      });
      expect(first.applied && first.head).toEqual(stored);
      expect(second).toEqual({ applied: false, current: stored });
      const trails = await store.getAuditTrails([stored!, { filingId: "ohne-audit", auditSeq: 0 }]);
      expect([...trails.keys()]).toEqual([input.filingId, "ohne-audit"]);
      expect(trails.get(input.filingId)).toEqual(await store.listAudit(input.filingId));
      expect(trails.get(input.filingId)?.map((e) => e.action)).toEqual(["einreichen", "zurueckgeben"]);
    });

    it("lists a year's heads, one Träger's alone, and page by page with flat memory", async () => {
      const store = await open();
      const districts = ["kaltenmoor", "kreideberg", "weisser-turm", "bockelsberg", "innenstadt"];
      for (const d of districts) await submitted(store, submission(sampleVerwendungsnachweis(meta(d))));
      await submitted(store, submission(sampleJahresbericht(meta("kaltenmoor"))));
      await submitted(store, submission(sampleVerwendungsnachweis(meta("kaltenmoor", "caritas"))));
      await submitted(store, submission(sampleVerwendungsnachweis({ ...meta("kaltenmoor"), year: 2024 })));
      expect(await store.listHeads(YEAR)).toHaveLength(7);
      expect((await store.listHeads({ ...YEAR, traegerId: "caritas" })).map((h) => h.meta.traegerId)).toEqual(
        ["caritas"],
      );
      const paged: FilingHead[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await store.listHeadsPage(
          { ...YEAR, kind: "verwendungsnachweis" },
          { cursor, limit: 2 },
        );
        for (const h of page.heads) paged.push(h);
        cursor = page.cursor;
        pages++;
      } while (cursor && pages < 10);
      expect(paged.map((h) => h.meta.districtId + h.meta.traegerId).sort()).toEqual(
        [...districts.map((d) => `${d}awo`), "kaltenmoorcaritas"].sort(),
      );
      expect(paged.every((h) => h.kind === "verwendungsnachweis" && h.meta.year === 2025)).toBe(true);
    });

    it("stores the year's parameters as versions 1, 2 … and reads the latest", async () => {
      const store = await open();
      expect(await store.getParams(YEAR)).toBeUndefined();
      const params = defaultProgramParams(YEAR);
      expect((await store.putParams(params, koordinierung, AT)).version).toBe(1);
      const second = await store.putParams({ ...params, maxVersionen: 3 }, koordinierung, LATER);
      expect(second).toMatchObject({ ...YEAR, version: 2, storedAt: LATER });
      expect(await store.getParams(YEAR)).toEqual({
        ...second,
        storedBy: { sub: koordinierung.sub, name: koordinierung.name },
      });
      expect(await store.getParams({ ...YEAR, year: 2024 })).toBeUndefined();
    });

    it("keeps a draft for its Träger only: another Träger neither reads nor replaces it", async () => {
      const store = await open();
      const content = sampleVerwendungsnachweis(meta("kaltenmoor"));
      const draft: DraftRecord = {
        filingId: filingKey(content.kind, content.meta),
        content,
        savedAt: AT,
        savedBy: { sub: awo.sub, name: awo.name },
      };
      expect(await store.putDraft(draft, "awo")).toEqual(draft);
      expect(await store.getDraft(draft.filingId, "awo")).toEqual(draft);
      expect(await store.getDraft(draft.filingId, "caritas")).toBeUndefined();
      await expect(store.putDraft({ ...draft, savedAt: LATER }, "caritas")).rejects.toBeInstanceOf(
        ConflictError,
      );
      expect(await store.getDraft(draft.filingId, "awo")).toEqual(draft);
      const again = { ...draft, savedAt: LATER };
      await store.putDraft(again, "awo");
      expect(await store.getDraft(draft.filingId, "awo")).toEqual(again);
      expect(await store.getDraft("gibt-es-nicht", "awo")).toBeUndefined();
    });

    it("hands out copies: changing what a read returned changes nothing stored", async () => {
      const store = await open();
      const input = submission(sampleVerwendungsnachweis(meta("kaltenmoor")));
      await submitted(store, input);
      const head = (await store.getHead(input.filingId))!;
      head.status = "weitergeleitet";
      const version = (await store.getVersion(input.filingId, 1))!;
      version.content.meta.districtId = "anderswo";
      input.content.meta.traegerId = "anderer";
      expect((await store.getHead(input.filingId))?.status).toBe("eingereicht");
      expect((await store.getVersion(input.filingId, 1))?.content.meta).toEqual(meta("kaltenmoor"));
    });

    stichprobeStoreContract(open);
  });
