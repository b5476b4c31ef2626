import { beforeAll, describe, expect, it } from "vitest";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import type { ProgramParams } from "../../shared/programme/program-params";
import { ForbiddenError } from "./errors";
import {
  awo,
  caritas,
  hansestadt,
  koordinierung,
  leitung,
  OTHER_PROGRAMME,
  otherAwo,
  otherKoordinierung,
} from "./fixtures/principals";
import { createTestDeps } from "./fixtures/test-deps";
import { putParams } from "./put-params";
import { readParams } from "./read-params";

const at = { programmeId: "stadtteilmanagement", year: 2025 };
/** Granted amounts and Ausnahmen of three Träger, as the Koordinierungsstelle stores them. */
const stored: ProgramParams = {
  ...defaultProgramParams(at),
  zuschuesse: [
    { traegerId: "awo", districtId: "kaltenmoor", betrag: 9_100_000 },
    { traegerId: "caritas", districtId: "bockelsberg", betrag: 8_700_000 },
    { traegerId: "lebensraum-diakonie", districtId: "innenstadt", betrag: 9_900_000 },
  ],
  ausnahmen: [
    { traegerId: "awo", districtId: "bockelsberg", begruendung: "Vertretung" },
    { traegerId: "caritas", districtId: "kaltenmoor", begruendung: "Wechsel zum 1.7." },
  ],
};

describe("readParams", () => {
  let t: Awaited<ReturnType<typeof createTestDeps>>;
  beforeAll(async () => {
    t = await createTestDeps();
    await putParams(koordinierung, stored, t.deps);
  });

  it("gives a Träger only its own granted Zuschüsse and Ausnahmen", async () => {
    const own = await readParams(awo, at, t.deps);
    expect(own.zuschuesse).toEqual([{ traegerId: "awo", districtId: "kaltenmoor", betrag: 9_100_000 }]);
    expect(own.ausnahmen).toEqual([
      { traegerId: "awo", districtId: "bockelsberg", begruendung: "Vertretung" },
    ]);
    const other = await readParams(caritas, at, t.deps);
    expect(other.zuschuesse.map((z) => z.traegerId)).toEqual(["caritas"]);
    expect(other.ausnahmen.map((a) => a.traegerId)).toEqual(["caritas"]);
    // Neither amount nor reason of another Träger is anywhere in the answer.
    expect(JSON.stringify(own)).not.toMatch(/8700000|9900000|Wechsel/);
  });

  it("still gives a Träger caps, due dates and every Zuordnung (its Tandem check needs them)", async () => {
    const own = await readParams(hansestadt, at, t.deps);
    expect(own.zuschuesse).toEqual([]);
    expect(own.zuordnungen).toEqual(stored.zuordnungen);
    expect(own).toMatchObject({
      verwaltungCapBasisPoints: stored.verwaltungCapBasisPoints,
      sachkostenCap: stored.sachkostenCap,
      verwendungsnachweisFaellig: stored.verwendungsnachweisFaellig,
    });
  });

  it("gives the programme's Koordinierung and Leitung everything", async () => {
    for (const p of [koordinierung, leitung]) {
      const all = await readParams(p, at, t.deps);
      expect(all.zuschuesse).toEqual(stored.zuschuesse);
      expect(all.ausnahmen).toEqual(stored.ausnahmen);
    }
  });

  it("refuses staff and Träger of another programme with a German 403", async () => {
    for (const p of [otherKoordinierung, otherAwo])
      await expect(readParams(p, at, t.deps)).rejects.toThrow(ForbiddenError);
    await expect(readParams(awo, { programmeId: OTHER_PROGRAMME, year: 2025 }, t.deps)).rejects.toThrow(
      /gilt nicht für das Förderprogramm/,
    );
  });
});
