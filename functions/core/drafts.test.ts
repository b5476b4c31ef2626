import { beforeAll, describe, expect, it } from "vitest";
import { filingKey } from "../../shared/filing/filing";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { ForbiddenError, NotFoundError } from "./errors";
import { awo, caritas, koordinierung } from "./fixtures/principals";
import { createDynamoTestDeps } from "./fixtures/test-deps";
import { getDraft } from "./get-draft";
import { listFilings } from "./list-filings";
import { saveDraft } from "./save-draft";

const meta = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2027 };
const filing = sampleVerwendungsnachweis(meta);
const id = filingKey(filing.kind, filing.meta);

describe("drafts", () => {
  let t: Awaited<ReturnType<typeof createDynamoTestDeps>>;
  beforeAll(async () => {
    t = await createDynamoTestDeps();
  });

  it("keeps the latest save of the Träger's draft and hands it back on another machine", async () => {
    await saveDraft(awo, id, () => filing, t.deps);
    t.tick();
    const changed = structuredClone(filing);
    changed.data.sachkosten = 123_45;
    const saved = await saveDraft(awo, id, () => changed, t.deps);
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
    await expect(saveDraft(caritas, id, () => filing, t.deps)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(saveDraft(koordinierung, id, () => filing, t.deps)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses a draft filed under another filing's id", async () => {
    await expect(saveDraft(awo, id.replace("2027", "2028"), () => filing, t.deps)).rejects.toThrow(
      /gehört zum Vorgang/,
    );
  });

  it("refuses a district not assigned to the Träger before the body is read, in German", async () => {
    const other = sampleVerwendungsnachweis({ ...meta, districtId: "bockelsberg" });
    let reads = 0;
    const read = () => (reads++, other);
    const otherId = filingKey(other.kind, other.meta);
    await expect(saveDraft(awo, otherId, read, t.deps)).rejects.toThrow(
      /nicht für den Stadtteil .* zugeordnet/,
    );
    await expect(saveDraft(awo, otherId, read, t.deps)).rejects.toBeInstanceOf(ForbiddenError);
    expect(reads).toBe(0);
  });

  it("knows no draft of an unknown programme or of an id that is no filing id", async () => {
    const unknown = id.replace("stadtteilmanagement", "gibt-es-nicht");
    const read = () => filing;
    await expect(saveDraft(awo, unknown, read, t.deps)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveDraft(awo, "kein-vorgang", read, t.deps)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDraft(awo, unknown, t.deps)).rejects.toBeInstanceOf(NotFoundError);
    const items = await t.scan();
    expect(items.filter((i) => String(i.pk).startsWith("DRAFT#")).map((i) => i.pk)).toEqual([`DRAFT#${id}`]);
  });

  it("asks the store nothing for another Träger's id: not yours and not found are the same work", async () => {
    let calls = 0;
    const store = new Proxy(t.store, {
      get: (target, name, receiver) => {
        const value = Reflect.get(target, name, receiver) as unknown;
        return typeof value === "function"
          ? (...args: unknown[]) => (calls++, value.apply(target, args))
          : value;
      },
    });
    await expect(getDraft(caritas, id, { store })).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      getDraft(caritas, id.replace("kaltenmoor", "bockelsberg"), { store }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(calls).toBe(0);
  });
});
