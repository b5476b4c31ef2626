import { describe, expect, it } from "vitest";
import { PROGRAMMES } from "./programmes";
import { programmePackSchema } from "./programme-schema";
import { traegerName } from "./stammdaten";

const pack = () => structuredClone(PROGRAMMES[0]!);

describe("programmePackSchema", () => {
  it("refuses a pack that lists one Träger id twice, naming the id in German", () => {
    const twice = pack();
    twice.traeger.push({ ...twice.traeger[0]!, name: "Noch ein Verein" });
    const result = programmePackSchema.safeParse(twice);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      [
        "traeger",
        `Die Kennung „${twice.traeger[0]!.id}“ steht mehrfach in „traeger“; jede Kennung darf im Programm nur einmal vorkommen.`,
      ],
    ]);
  });

  it("refuses a pack that lists one district id twice", () => {
    const twice = pack();
    twice.districts.push(twice.districts[0]!);
    expect(programmePackSchema.safeParse(twice).error?.issues.map((i) => i.path.join("."))).toEqual([
      "districts",
    ]);
  });

  it("takes every shipped pack, where one Träger id names two associations in two programmes", () => {
    for (const p of PROGRAMMES) expect(programmePackSchema.safeParse(p).success).toBe(true);
    const shared = PROGRAMMES.flatMap((p) => p.traeger.map((t) => t.id)).filter(
      (id, i, all) => all.indexOf(id) !== i,
    );
    expect(shared).toContain("awo");
    // Looked up by (programme, Träger): the same id, two names.
    const names = new Set(PROGRAMMES.map((p) => traegerName(p.id, "awo")));
    expect(names.size).toBe(PROGRAMMES.length);
  });
});
