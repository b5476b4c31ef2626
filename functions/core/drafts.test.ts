import { beforeAll, describe, expect, it } from "vitest";
import { filingKey } from "../../shared/filing/filing";
import { sampleVerwendungsnachweis } from "../../shared/filing/sample-filings";
import { ForbiddenError, NotFoundError } from "./errors";
import { awo, caritas, koordinierung } from "./fixtures/principals";
import { createTestDeps } from "./fixtures/test-deps";
import { getDraft } from "./get-draft";
import { listFilings } from "./list-filings";
import { saveDraft } from "./save-draft";

const meta = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2027 };
const filing = sampleVerwendungsnachweis(meta);
const id = filingKey(filing.kind, filing.meta);

describe("drafts", () => {
  let t: Awaited<ReturnType<typeof createTestDeps>>;
  beforeAll(async () => {
    t = await createTestDeps();
  });

  it("keeps the latest save of the Träger's draft and hands it back on another machine", async () => {
    await saveDraft(awo, id, filing, t.deps);
    t.tick();
    const changed = structuredClone(filing);
    changed.data.sachkosten = 123_45;
    const saved = await saveDraft(awo, id, changed, t.deps);
    expect(await getDraft(awo, id, t.deps)).toEqual(saved);
    expect(saved).toMatchObject({ savedBy: { sub: awo.sub }, content: { data: { sachkosten: 123_45 } } });
  });

  it("is never counted as submitted: no head, no version, not in the year's list", async () => {
    expect(await t.store.getHead(id)).toBeUndefined();
    const list = await listFilings(koordinierung, { programmeId: "stadtteilmanagement", year: 2027 }, t.deps);
    expect(list.items).toEqual([]);
    expect(list.missing.map((m) => m.filingId)).toContain(id);
    const items = await t.scan();
    expect(items.filter((i) => String(i.pk).startsWith("DRAFT#"))).toHaveLength(1);
    expect(items.some((i) => "gsi1pk" in i && String(i.pk).startsWith("DRAFT#"))).toBe(false);
  });

  it("is visible only to its Träger", async () => {
    await expect(getDraft(caritas, id, t.deps)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDraft(koordinierung, id, t.deps)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveDraft(caritas, id, filing, t.deps)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveDraft(koordinierung, id, filing, t.deps)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses a draft filed under another filing's id", async () => {
    await expect(saveDraft(awo, id.replace("kaltenmoor", "bockelsberg"), filing, t.deps)).rejects.toThrow(
      /gehört zum Vorgang/,
    );
  });
});
