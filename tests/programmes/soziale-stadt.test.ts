import { describe, expect, it } from "vitest";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { LEGACY_PROGRAMME_ID, programmeById } from "../../shared/programme/programmes";
import { requireAssignment } from "../../functions/core/require-assignment";

/**
 * The seed's Fachkonzept: „Quartiersmanagement Kaltenmoor und Weißer Turm“ are staff of the
 * städtebauliche Förderprogramm „Soziale Stadt“ (Dezernat VI), not of this programme. Kaltenmoor
 * also has Stadtteilmanagement (a Träger, a Zuschuss, both forms); Weißer Turm is a Stadtteil of the
 * map but nothing is due there in this programme: no Zuordnung, no Zuschuss, no form expected.
 */
const programme = programmeById(LEGACY_PROGRAMME_ID);
const YEARS = [2024, 2025, 2026];

describe("the Soziale-Stadt districts follow the seed", () => {
  it.each(YEARS)("expects nothing from Weißer Turm in %i", (year) => {
    const params = defaultProgramParams({ programmeId: programme.id, year });

    expect(programme.districts.map((d) => d.id)).toContain("weisser-turm");
    expect(params.zuordnungen.filter((z) => z.districtId === "weisser-turm")).toEqual([]);
    expect(params.zuschuesse.filter((z) => z.districtId === "weisser-turm")).toEqual([]);
  });

  it.each(YEARS)("keeps Kaltenmoor's Stadtteilmanagement in %i: a Träger assigned", (year) => {
    const params = defaultProgramParams({ programmeId: programme.id, year });

    expect(params.zuordnungen.filter((z) => z.districtId === "kaltenmoor")).toHaveLength(1);
  });

  it("grants Kaltenmoor a Zuschuss where the pack grants any (2025), Weißer Turm none", () => {
    const params = defaultProgramParams({ programmeId: programme.id, year: 2025 });

    expect(params.zuschuesse.length).toBeGreaterThan(0);
    expect(params.zuschuesse.filter((z) => z.districtId === "kaltenmoor")).toHaveLength(1);
  });

  it("refuses a Verwendungsnachweis for Weißer Turm from any Träger, in German", () => {
    const params = defaultProgramParams({ programmeId: programme.id, year: 2025 });
    for (const t of programme.traeger.filter((t) => !t.stadt))
      expect(() =>
        requireAssignment(
          { programmeId: programme.id, traegerId: t.id, districtId: "weisser-turm", year: 2025 },
          params,
        ),
      ).toThrow(/Weißer Turm/);
  });
});
