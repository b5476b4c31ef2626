import { beforeAll, describe, expect, it } from "vitest";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import {
  SAMPLE_META,
  sampleJahresbericht,
  sampleVerwendungsnachweis,
} from "../../shared/samples/sample-filings";
import { BadRequestError, ForbiddenError } from "./errors";
import { asJson, createTestDeps } from "./fixtures/test-deps";
import { awo, caritas, koordinierung, leitung } from "./fixtures/principals";
import { getParams } from "./get-params";
import { listFilings } from "./list-filings";
import { putParams } from "./put-params";
import { reviewFiling } from "./review-filing";
import { submitFiling } from "./submit-filing";

const params2025 = {
  ...defaultProgramParams({ programmeId: "stadtteilmanagement", year: 2025 }),
  zuordnungen: [
    { districtId: "kaltenmoor", traegerId: "awo" },
    { districtId: "bockelsberg", traegerId: "caritas" },
  ],
};
const overdueOf = (r: Awaited<ReturnType<typeof listFilings>>) => ({
  items: Object.fromEntries(r.items.map((i) => [i.filingId, [i.status, i.dueDate, i.overdue]])),
  missing: Object.fromEntries(r.missing.map((m) => [m.filingId, [m.dueDate, m.overdue]])),
});

describe("listFilings: missing and overdue with a fixed clock", () => {
  let t: Awaited<ReturnType<typeof createTestDeps>>;
  beforeAll(async () => {
    t = await createTestDeps("2025-11-01T09:00:00.000Z");
    await putParams(koordinierung, params2025, t.deps);
    await submitFiling(awo, asJson(sampleVerwendungsnachweis()), t.deps);
    const jb = sampleJahresbericht({ ...SAMPLE_META, traegerId: "caritas", districtId: "bockelsberg" });
    const { filingId } = await submitFiling(caritas, asJson(jb), t.deps);
    await reviewFiling(
      koordinierung,
      filingId,
      { action: "zurueckgeben", comments: [{ text: "Bitte 3.5 ergänzen." }] },
      t.deps,
    );
  });

  it("flags nothing as overdue on the last due day, late evening in Lüneburg", async () => {
    t.setClock("2025-12-31T22:59:59.000Z"); // 23:59:59 on 31.12. in Europe/Berlin
    expect(
      overdueOf(await listFilings(koordinierung, { programmeId: "stadtteilmanagement", year: 2025 }, t.deps)),
    ).toEqual({
      items: {
        "stadtteilmanagement.2025.jahresbericht.caritas.bockelsberg": ["zurueckgegeben", "2025-12-31", false],
        "stadtteilmanagement.2025.verwendungsnachweis.awo.kaltenmoor": ["eingereicht", "2026-06-30", false],
      },
      missing: {
        "stadtteilmanagement.2025.jahresbericht.awo.kaltenmoor": ["2025-12-31", false],
        "stadtteilmanagement.2025.verwendungsnachweis.caritas.bockelsberg": ["2026-06-30", false],
      },
    });
  });

  it("flags a missing and a returned Jahresbericht once 31.12. has ended in Lüneburg", async () => {
    t.setClock("2025-12-31T23:00:00.000Z"); // 00:00 on 01.01. in Europe/Berlin
    const r = overdueOf(
      await listFilings(koordinierung, { programmeId: "stadtteilmanagement", year: 2025 }, t.deps),
    );
    expect(r.items["stadtteilmanagement.2025.jahresbericht.caritas.bockelsberg"]).toEqual([
      "zurueckgegeben",
      "2025-12-31",
      true,
    ]);
    expect(r.missing["stadtteilmanagement.2025.jahresbericht.awo.kaltenmoor"]).toEqual(["2025-12-31", true]);
    expect(r.missing["stadtteilmanagement.2025.verwendungsnachweis.caritas.bockelsberg"]).toEqual([
      "2026-06-30",
      false,
    ]);
  });

  it("never flags a submitted filing, and flags a missing Verwendungsnachweis after 30.06.", async () => {
    t.setClock("2026-07-01T10:00:00.000Z");
    const r = overdueOf(
      await listFilings(leitung, { programmeId: "stadtteilmanagement", year: 2025 }, t.deps),
    );
    expect(r.items["stadtteilmanagement.2025.verwendungsnachweis.awo.kaltenmoor"]).toEqual([
      "eingereicht",
      "2026-06-30",
      false,
    ]);
    expect(r.missing["stadtteilmanagement.2025.verwendungsnachweis.caritas.bockelsberg"]).toEqual([
      "2026-06-30",
      true,
    ]);
  });

  it("shows a Träger only its own filings and its own missing ones", async () => {
    const r = await listFilings(awo, { programmeId: "stadtteilmanagement", year: 2025 }, t.deps);
    expect(r.items.map((i) => i.filingId)).toEqual([
      "stadtteilmanagement.2025.verwendungsnachweis.awo.kaltenmoor",
    ]);
    expect(r.missing.map((m) => m.filingId)).toEqual([
      "stadtteilmanagement.2025.jahresbericht.awo.kaltenmoor",
    ]);
  });

  it("filters by status, kind and district; missing ignores status", async () => {
    const byStatus = await listFilings(
      koordinierung,
      { programmeId: "stadtteilmanagement", year: 2025, status: "zurueckgegeben" },
      t.deps,
    );
    expect(byStatus.items.map((i) => i.filingId)).toEqual([
      "stadtteilmanagement.2025.jahresbericht.caritas.bockelsberg",
    ]);
    expect(byStatus.missing).toHaveLength(2);
    const byKind = await listFilings(
      koordinierung,
      { programmeId: "stadtteilmanagement", year: 2025, kind: "verwendungsnachweis" },
      t.deps,
    );
    expect(byKind.items.map((i) => i.kind)).toEqual(["verwendungsnachweis"]);
    expect(byKind.missing.map((m) => m.filingId)).toEqual([
      "stadtteilmanagement.2025.verwendungsnachweis.caritas.bockelsberg",
    ]);
    const byDistrict = await listFilings(
      koordinierung,
      { programmeId: "stadtteilmanagement", year: 2025, districtId: "kaltenmoor" },
      t.deps,
    );
    expect(byDistrict.items.map((i) => i.meta.districtId)).toEqual(["kaltenmoor"]);
    expect(byDistrict.missing.map((m) => m.filingId)).toEqual([
      "stadtteilmanagement.2025.jahresbericht.awo.kaltenmoor",
    ]);
  });

  it("counts findings per severity in each item", async () => {
    const r = await listFilings(koordinierung, { programmeId: "stadtteilmanagement", year: 2025 }, t.deps);
    for (const item of r.items) expect(item.findingCounts.fehler).toBe(0);
  });

  it("lists every default Zuordnung × kind as missing for an empty year, but no Verwendungsnachweis where the city runs the district", async () => {
    const r = await listFilings(koordinierung, { programmeId: "stadtteilmanagement", year: 2026 }, t.deps);
    expect(r.items).toEqual([]);
    const zuordnungen = defaultProgramParams({ programmeId: "stadtteilmanagement", year: 2026 }).zuordnungen;
    expect(r.missing).toHaveLength(zuordnungen.length * 2 - 2);
    const cityRun = r.missing.filter((m) =>
      ["kreideberg-ochtmissen", "hanseviertel"].includes(m.meta.districtId),
    );
    expect(cityRun.map((m) => m.kind)).toEqual(["jahresbericht", "jahresbericht"]);
  });
});

describe("getParams / putParams", () => {
  let t: Awaited<ReturnType<typeof createTestDeps>>;
  beforeAll(async () => {
    t = await createTestDeps();
  });

  it("returns the defaults until parameters are stored, then the latest version", async () => {
    expect(await getParams({ programmeId: "stadtteilmanagement", year: 2027 }, t.deps)).toEqual(
      defaultProgramParams({ programmeId: "stadtteilmanagement", year: 2027 }),
    );
    const v1 = await putParams(
      koordinierung,
      { ...defaultProgramParams({ programmeId: "stadtteilmanagement", year: 2027 }), sachkostenCap: 750_000 },
      t.deps,
    );
    const v2 = await putParams(
      koordinierung,
      { ...defaultProgramParams({ programmeId: "stadtteilmanagement", year: 2027 }), sachkostenCap: 800_000 },
      t.deps,
    );
    expect([v1.version, v2.version]).toEqual([1, 2]);
    expect((await getParams({ programmeId: "stadtteilmanagement", year: 2027 }, t.deps)).sachkostenCap).toBe(
      800_000,
    );
    expect(await t.store.getParams({ programmeId: "stadtteilmanagement", year: 2027 })).toMatchObject({
      version: 2,
      storedBy: { sub: koordinierung.sub },
    });
  });

  it("numbers concurrent parameter versions without gaps", async () => {
    const stored = await Promise.all(
      Array.from({ length: 5 }, () =>
        putParams(
          koordinierung,
          defaultProgramParams({ programmeId: "stadtteilmanagement", year: 2028 }),
          t.deps,
        ),
      ),
    );
    expect(stored.map((s) => s.version).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("lets only the Koordinierungsstelle store parameters, and only valid ones", async () => {
    for (const p of [awo, leitung])
      await expect(
        putParams(p, defaultProgramParams({ programmeId: "stadtteilmanagement", year: 2029 }), t.deps),
      ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      putParams(
        koordinierung,
        { ...defaultProgramParams({ programmeId: "stadtteilmanagement", year: 2029 }), budgetMaxZeilen: 0 },
        t.deps,
      ),
    ).rejects.toBeInstanceOf(BadRequestError);
    expect(await t.store.getParams({ programmeId: "stadtteilmanagement", year: 2029 })).toBeUndefined();
  });
});
