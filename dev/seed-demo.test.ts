import { describe, expect, it } from "vitest";
import { listFilings } from "../functions/core/list-filings";
import { createTestStore } from "../functions/store/fixtures/create-test-store";
import { DEV_USERS } from "./dev-users";
import { seedDemo } from "./seed-demo";
import { sampleJahresbericht } from "../shared/samples/sample-filings";
import { submitFiling } from "../functions/core/submit-filing";
import { getFiling } from "../functions/core/get-filing";
import { formatEuro } from "../shared/money/format-money";

describe("seedDemo", () => {
  it("leaves 2024 forwarded in full and 2025 a mix with two districts missing", async () => {
    const { store, client } = await createTestStore();
    const now = new Date("2025-11-20T10:00:00Z");
    const deps = { store, clock: () => now };
    await seedDemo(store, now);
    const koordinierung = DEV_USERS.koordinierung!;

    const last = await listFilings(koordinierung, { programmeId: "stadtteilmanagement", year: 2024 }, deps);
    // 7 assigned districts × 2 kinds, less the Verwendungsnachweise of the two the city runs itself
    // (Weißer Turm's Quartiersmanagement is funded by „Soziale Stadt“: nothing due in this programme).
    expect(last.items).toHaveLength(12);
    expect(new Set(last.items.map((i) => i.status))).toEqual(new Set(["weitergeleitet"]));
    expect(last.missing).toEqual([]);

    const current = await listFilings(
      koordinierung,
      { programmeId: "stadtteilmanagement", year: 2025 },
      deps,
    );
    expect(
      current.items.map((i) => `${i.meta.districtId} ${i.kind} ${i.status} v${i.latestVersion}`).sort(),
    ).toEqual([
      "bockelsberg verwendungsnachweis eingereicht v1",
      "hanseviertel jahresbericht eingereicht v1",
      "innenstadt verwendungsnachweis eingereicht v2",
      "kaltenmoor jahresbericht eingereicht v1",
      "kaltenmoor verwendungsnachweis rechnerisch_geprueft v2",
      "kreideberg-ochtmissen jahresbericht sachlich_geprueft v1",
    ]);
    const missingDistricts = new Set(current.missing.map((m) => m.meta.districtId));
    for (const d of ["ebensberg-luene-moorfeld", "schuetzenplatz-neu-hagen"])
      expect(missingDistricts).toContain(d);
    expect(missingDistricts).not.toContain("weisser-turm");
    client.destroy();
  });

  it("shows the reviewer Kaltenmoor's Jahresbericht against the current Verwendungsnachweis (83.334,56 € ≠ 93.430,00 €)", async () => {
    const { store, client } = await createTestStore();
    const now = new Date("2025-11-20T10:00:00Z");
    await seedDemo(store, now);
    const id = "stadtteilmanagement.2025.jahresbericht.awo.kaltenmoor";
    const detail = await getFiling(DEV_USERS.koordinierung!, id, { store, clock: () => now });
    const personal = detail.latest.findings.filter(
      (f) =>
        f.ruleId === "JB-RESSOURCEN-ABGLEICH" && f.location.path.join(".") === "ressourcen.personalkosten",
    );
    expect(personal).toHaveLength(1);
    expect(personal[0]!.message).toContain(formatEuro(8_333_456));
    expect(personal[0]!.message).toContain(formatEuro(9_343_000));
    client.destroy();
  });

  it("checks a Jahresbericht Caritas files for Bockelsberg against the Verwendungsnachweis on file (3.1)", async () => {
    const { store, client } = await createTestStore();
    await seedDemo(store, new Date("2025-11-20T10:00:00Z"));
    const deps = { store, clock: () => new Date("2025-11-21T10:00:00Z") };
    const caritas = DEV_USERS.caritas!;
    const meta = {
      programmeId: "stadtteilmanagement",
      traegerId: "caritas",
      districtId: "bockelsberg",
      year: 2025,
    };
    const jb = sampleJahresbericht(meta);
    // 3.1 states other Sachkosten than the Verwendungsnachweis Caritas filed (6.500,00 €).
    jb.data.ressourcen.gesamtsumme! += 123_400 - jb.data.ressourcen.sachkosten!;
    jb.data.ressourcen.sachkosten = 123_400;
    const body = jb;
    const submitted = await submitFiling(
      caritas,
      { body, rawBody: JSON.stringify(body), source: "json" },
      deps,
    );
    const abgleich = submitted.findings.filter((f) => f.ruleId === "JB-RESSOURCEN-ABGLEICH");
    expect(abgleich.map((f) => f.location.path)).toEqual([["ressourcen", "sachkosten"]]);
    expect(abgleich[0]!.severity).toBe("warnung");
    client.destroy();
  });
});
