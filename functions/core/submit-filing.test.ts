import { beforeAll, describe, expect, it } from "vitest";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import type { Finding } from "../../shared/rules/finding";
import { largeVerwendungsnachweis } from "../store/fixtures/large-filings";
import { ConflictError, ForbiddenError, InvalidFilingError } from "./errors";
import { asJson, createTestDeps } from "./fixtures/test-deps";
import { awo, caritas, koordinierung, leitung } from "./fixtures/principals";
import { getFiling } from "./get-filing";
import { submitFiling } from "./submit-filing";
import { putParams } from "./put-params";
import { ausnahmenFor } from "./fixtures/ausnahmen-for";

const meta = (districtId: string) => ({
  programmeId: "stadtteilmanagement",
  traegerId: "awo",
  districtId,
  year: 2025,
});

describe("submitFiling", () => {
  let t: Awaited<ReturnType<typeof createTestDeps>>;
  beforeAll(async () => {
    t = await createTestDeps();
    await putParams(koordinierung, ausnahmenFor("awo", 2025), t.deps);
  });

  it("stores exactly one version when the same Idempotency-Key arrives 20 times at once", async () => {
    const filing = sampleVerwendungsnachweis(meta("kaltenmoor"));
    const results = await Promise.all(
      Array.from({ length: 20 }, () => submitFiling(awo, asJson(filing, "same-key"), t.deps)),
    );
    expect(new Set(results.map((r) => `${r.filingId}@${r.version}`))).toEqual(
      new Set(["stadtteilmanagement.2025.verwendungsnachweis.awo.kaltenmoor@1"]),
    );
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(results.filter((r) => r.replayed)).toHaveLength(19);
    const detail = await getFiling(koordinierung, results[0]!.filingId, t.deps);
    expect(detail.versions).toHaveLength(1);
    expect(detail.audit).toHaveLength(1);
  });

  it("numbers 20 concurrent submissions with different keys 1..20 without gaps", async () => {
    const filing = sampleVerwendungsnachweis(meta("bockelsberg"));
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => submitFiling(awo, asJson(filing, `key-${i}`), t.deps)),
    );
    expect(results.map((r) => r.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(results.every((r) => !r.replayed)).toBe(true);
    const detail = await getFiling(koordinierung, results[0]!.filingId, t.deps);
    expect(detail.filing.latestVersion).toBe(20);
    expect(detail.audit.map((e) => e.version)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("answers a repeated key with the stored result, and a reused key with another body with 409", async () => {
    const filing = sampleVerwendungsnachweis(meta("innenstadt"));
    const first = await submitFiling(awo, asJson(filing, "k-repeat"), t.deps);
    const again = await submitFiling(awo, asJson(filing, "k-repeat"), t.deps);
    expect(again).toEqual({ ...first, replayed: true });

    const changed = structuredClone(filing);
    changed.data.kopf.ort = "Lüneburg-Kaltenmoor";
    const reused = submitFiling(awo, asJson(changed, "k-repeat"), t.deps);
    await expect(reused).rejects.toBeInstanceOf(ConflictError);
    await expect(reused).rejects.toThrow(/Idempotency-Key wurde bereits für eine andere Einreichung/);
  });

  it("stores nothing when the filing has a Fehler", async () => {
    const before = await t.scan();
    const filing = sampleVerwendungsnachweis(meta("ebensberg-luene-moorfeld"));
    filing.data.sachkosten = 800_000; // over the 7.000 € cap
    const attempt = submitFiling(awo, asJson(filing, "k-fehler"), t.deps);
    await expect(attempt).rejects.toBeInstanceOf(InvalidFilingError);
    const error = await attempt.catch((e: InvalidFilingError) => e);
    expect(error.findings.some((f) => f.severity === "fehler")).toBe(true);
    expect(await t.scan()).toEqual(before);
  });

  it("reports schema errors as EINGABE-SCHEMA findings naming the field, storing nothing", async () => {
    const before = await t.scan();
    const body = structuredClone(sampleVerwendungsnachweis(meta("weisser-turm"))) as unknown as {
      data: { personal: { zeilen: { stellenanteil: unknown }[] } };
    };
    body.data.personal.zeilen[1]!.stellenanteil = "halbe Stelle";
    const error = await submitFiling(awo, asJson(body), t.deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidFilingError);
    expect((error as InvalidFilingError).findings).toEqual([
      expect.objectContaining({
        ruleId: "EINGABE-SCHEMA",
        severity: "fehler",
        location: {
          kind: "verwendungsnachweis",
          path: ["personal", "zeilen", 1, "stellenanteil"],
          label: "1. Personalkosten › Zeile 2 › Stellenanteil",
        },
      }),
    ]);
    expect(await t.scan()).toEqual(before);
  });

  it("adds the input findings, leaves out rule findings on their fields, and stores nothing", async () => {
    const before = await t.scan();
    const filing = sampleVerwendungsnachweis(meta("kaltenmoor"));
    filing.data.sachkosten = 800_000; // the cap rule would also speak about this field
    const unreadable: Finding = {
      ruleId: "EINGABE-BETRAG",
      severity: "fehler",
      message: "„viel“ ist kein Betrag.",
      location: {
        kind: "verwendungsnachweis",
        path: ["sachkosten"],
        label: "Sachkosten",
        cell: "'Verwendungsnachweis'!F40",
      },
    };
    const error = await submitFiling(
      awo,
      { ...asJson(filing), source: "xlsx", inputFindings: [unreadable] },
      t.deps,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidFilingError);
    const findings = (error as InvalidFilingError).findings;
    expect(findings.filter((f) => f.location.path.join(".") === "sachkosten")).toEqual([unreadable]);
    expect(await t.scan()).toEqual(before);
  });

  it("cross-checks a Jahresbericht against the stored Verwendungsnachweis and keeps the warning", async () => {
    const m = meta("ebensberg-luene-moorfeld");
    await submitFiling(awo, asJson(sampleVerwendungsnachweis(m)), t.deps);
    const jb = sampleJahresbericht(m);
    jb.data.ressourcen.sachkosten = 640_000;
    jb.data.ressourcen.gesamtsumme = 10_606_855; // the four costs (3.1: Eigenmittel are not added)
    const result = await submitFiling(awo, asJson(jb), t.deps);
    expect(result.version).toBe(1);
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.location.path])).toContainEqual([
      "JB-RESSOURCEN-ABGLEICH",
      "warnung",
      ["ressourcen", "sachkosten"],
    ]);
    const stored = await getFiling(koordinierung, result.filingId, t.deps);
    expect(stored.latest.findings).toEqual(result.findings);
    expect(stored.filing.findingCounts.warnung).toBeGreaterThan(0);
  });

  it("round-trips a Verwendungsnachweis with 2,000 Personal rows through submit and get", async () => {
    const filing = largeVerwendungsnachweis(2_000, "weisser-turm");
    const result = await submitFiling(awo, asJson(filing), t.deps);
    const detail = await getFiling(koordinierung, result.filingId, t.deps);
    expect(result.findings.filter((f) => f.severity === "fehler")).toEqual([]);
    expect(detail.latest.content).toEqual(filing);
  });

  it("lets only a Träger submit, and only for itself", async () => {
    const filing = sampleVerwendungsnachweis(meta("schuetzenplatz-neu-hagen"));
    for (const p of [koordinierung, leitung])
      await expect(submitFiling(p, asJson(filing), t.deps)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(submitFiling(caritas, asJson(filing), t.deps)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
