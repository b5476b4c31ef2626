import { beforeAll, describe, expect, it } from "vitest";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { diffVersions } from "./diff-versions";
import { NotFoundError } from "./errors";
import { asJson, createTestDeps } from "./fixtures/test-deps";
import { awo, caritas, koordinierung, leitung } from "./fixtures/principals";
import { getFiling } from "./get-filing";
import { getVersion } from "./get-version";
import { listFilings } from "./list-filings";
import { submitFiling } from "./submit-filing";

describe("a Träger sees only its own filings", () => {
  let t: Awaited<ReturnType<typeof createTestDeps>>;
  let awoFiling: string;
  let caritasFiling: string;
  beforeAll(async () => {
    t = await createTestDeps();
    const vn = sampleVerwendungsnachweis();
    awoFiling = (await submitFiling(awo, asJson(vn), t.deps)).filingId;
    await submitFiling(awo, asJson(vn), t.deps);
    caritasFiling = (
      await submitFiling(
        caritas,
        asJson(
          sampleVerwendungsnachweis({
            programmeId: "stadtteilmanagement",
            traegerId: "caritas",
            districtId: "bockelsberg",
            year: 2025,
          }),
        ),
        t.deps,
      )
    ).filingId;
  });

  it("answers 404 when Träger B reads, lists versions of or diffs Träger A's filing", async () => {
    await expect(getFiling(caritas, awoFiling, t.deps)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getVersion(caritas, awoFiling, 1, t.deps)).rejects.toBeInstanceOf(NotFoundError);
    await expect(diffVersions(caritas, awoFiling, 1, 2, t.deps)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("gives the same 404 for another Träger's filing as for one that does not exist", async () => {
    const hidden = await getFiling(caritas, awoFiling, t.deps).catch((e: Error) => e.message);
    const absent = await getFiling(
      caritas,
      "stadtteilmanagement.2025.jahresbericht.caritas.bockelsberg",
      t.deps,
    ).catch((e: Error) => e.message);
    expect(hidden).toBe(absent);
  });

  it("never lists another Träger's filing or its missing filings", async () => {
    const own = await listFilings(caritas, { programmeId: "stadtteilmanagement", year: 2025 }, t.deps);
    expect(own.items.map((i) => i.filingId)).toEqual([caritasFiling]);
    expect(own.missing.map((m) => m.filingId)).toEqual([
      "stadtteilmanagement.2025.jahresbericht.caritas.bockelsberg",
    ]);
  });

  it("shows every filing to Koordinierung and Leitung", async () => {
    for (const p of [koordinierung, leitung]) {
      const all = await listFilings(p, { programmeId: "stadtteilmanagement", year: 2025 }, t.deps);
      expect(all.items.map((i) => i.filingId)).toEqual([awoFiling, caritasFiling]);
      expect((await getFiling(p, awoFiling, t.deps)).filing.latestVersion).toBe(2);
    }
  });

  it("lets the owner read each version and diff them", async () => {
    expect((await getVersion(awo, awoFiling, 2, t.deps)).version).toBe(2);
    expect((await diffVersions(awo, awoFiling, 1, 2, t.deps)).changes).toEqual([]);
    await expect(getVersion(awo, awoFiling, 3, t.deps)).rejects.toBeInstanceOf(NotFoundError);
  });
});
