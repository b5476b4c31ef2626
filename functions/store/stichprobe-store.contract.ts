import { expect, it } from "vitest";
import { SUBMITTABLE_FROM } from "../../shared/domain/lifecycle";
import { filingKey } from "../../shared/filing/filing";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { ConflictError, NotFoundError } from "../core/errors";
import type { FilingStore, RequestStichprobeInput } from "../core/filing-store";

const AT = "2026-03-01T09:00:00.000Z";
const LATER = "2026-03-02T09:00:00.000Z";
const awo = { sub: "u-awo", name: "Martina Krüger", role: "traeger" as const };
const koordinierung = { sub: "u-ko", name: "Koordinierungsstelle", role: "koordinierung" as const };

/**
 * The Stichprobe requests of a version (stichprobe-items.ts), part of filing-store.contract.ts:
 * each request a new record with its audit entry, only from the head as read, never an overwrite.
 */
export const stichprobeStoreContract = (open: () => Promise<FilingStore>) => {
  const stored = async () => {
    const store = await open();
    const content = sampleVerwendungsnachweis({
      programmeId: "stadtteilmanagement",
      year: 2025,
      traegerId: "awo",
      districtId: "kaltenmoor",
    });
    const filingId = filingKey(content.kind, content.meta);
    const result = await store.appendVersion({
      filingId,
      content,
      findings: [],
      sha256: "b".repeat(64),
      by: awo,
      at: AT,
      signer: null,
      source: "json",
      submittableFrom: SUBMITTABLE_FROM,
    });
    if (result.replayed) throw new Error("unerwartet wiederholt");
    return { store, filingId, head: result.head };
  };
  const request = (
    expected: RequestStichprobeInput["expected"],
    extra: Partial<RequestStichprobeInput> = {},
  ) => ({
    expected,
    version: 1,
    belegnummern: ["B-3", "B-7"],
    faelligAm: "2027-03-15",
    hinweis: "Bitte lesbar scannen.",
    by: koordinierung,
    at: LATER,
    comment: "Stichprobe angefordert: B-3, B-7 bis 15.03.2027",
    ...extra,
  });

  it("stores a Stichprobe request as its own record with an audit entry; the status stays", async () => {
    const { store, filingId, head } = await stored();
    expect(await store.listStichproben(filingId, 1)).toEqual([]);
    const { head: after, record } = await store.requestStichprobe(request(head));
    expect(record).toEqual({
      filingId,
      version: 1,
      seq: 2,
      belegnummern: ["B-3", "B-7"],
      faelligAm: "2027-03-15",
      hinweis: "Bitte lesbar scannen.",
      angefordertAm: LATER,
      angefordertVon: { sub: koordinierung.sub, name: koordinierung.name },
    });
    expect(after).toEqual({ ...head, auditSeq: 2, updatedAt: LATER });
    expect(await store.getHead(filingId)).toEqual(after);
    expect(await store.listStichproben(filingId, 1)).toEqual([record]);
    expect((await store.listAudit(filingId)).at(-1)).toEqual({
      seq: 2,
      at: LATER,
      by: koordinierung,
      action: "stichprobe",
      fromStatus: "eingereicht",
      toStatus: "eingereicht",
      version: 1,
      comments: [{ text: "Stichprobe angefordert: B-3, B-7 bis 15.03.2027" }],
    });
  });

  it("keeps a later request beside the first, and refuses one from a stale head or for a missing version", async () => {
    const { store, filingId, head } = await stored();
    const first = await store.requestStichprobe(request(head));
    await expect(store.requestStichprobe(request(head, { belegnummern: ["B-9"] }))).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(store.requestStichprobe(request(first.head, { version: 2 }))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await store.listStichproben(filingId, 1)).toEqual([first.record]);
    const { hinweis: _none, ...plain } = request(first.head, {
      belegnummern: ["B-9"],
      faelligAm: "2027-04-01",
    });
    const second = await store.requestStichprobe(plain);
    expect(second.record).toMatchObject({ seq: 3, belegnummern: ["B-9"], faelligAm: "2027-04-01" });
    expect(second.record).not.toHaveProperty("hinweis");
    expect(await store.listStichproben(filingId, 1)).toEqual([first.record, second.record]);
    expect(await store.listStichproben(filingId, 2)).toEqual([]);
    expect((await store.listAudit(filingId)).map((e) => e.action)).toEqual([
      "einreichen",
      "stichprobe",
      "stichprobe",
    ]);
  });
};
