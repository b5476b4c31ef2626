import { beforeAll, describe, expect, it } from "vitest";
import { samplePruefenRequest } from "../../shared/pruefung/sample-pruefvermerk";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError } from "./errors";
import { asJson, createTestDeps } from "./fixtures/test-deps";
import { awo, koordinierung, koordinierung2, leitung } from "./fixtures/principals";
import { getFiling } from "./get-filing";
import { reviewFiling } from "./review-filing";
import { submitFiling } from "./submit-filing";
import type { Finding } from "../../shared/rules/finding";
import { putParams } from "./put-params";
import { ausnahmenFor } from "./fixtures/ausnahmen-for";

describe("reviewFiling", () => {
  let t: Awaited<ReturnType<typeof createTestDeps>>;
  const findingsOf = new Map<string, Finding[]>();
  const submit = async (districtId: string) => {
    const submitted = await submitFiling(
      awo,
      asJson(
        sampleVerwendungsnachweis({
          programmeId: "stadtteilmanagement",
          traegerId: "awo",
          districtId,
          year: 2025,
        }),
      ),
      t.deps,
    );
    findingsOf.set(submitted.filingId, submitted.findings);
    return submitted.filingId;
  };
  beforeAll(async () => {
    t = await createTestDeps();
    await putParams(koordinierung, ausnahmenFor("awo", 2025), t.deps);
  });

  it("lets exactly one of two reviewers acting at once win; the other gets a German 409", async () => {
    const filingId = await submit("kaltenmoor");
    const outcomes = await Promise.allSettled([
      reviewFiling(koordinierung, filingId, samplePruefenRequest(findingsOf.get(filingId)), t.deps),
      reviewFiling(
        koordinierung2,
        filingId,
        { action: "zurueckgeben", comments: [{ text: "Belege fehlen." }] },
        t.deps,
      ),
    ]);
    const won = outcomes.filter((o) => o.status === "fulfilled");
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(ConflictError);
    expect((lost[0]!.reason as Error).message).toMatch(/nur im Status „eingereicht“ möglich/);
    const detail = await getFiling(koordinierung, filingId, t.deps);
    expect(detail.audit.map((e) => e.action)).toEqual([
      "einreichen",
      expect.stringMatching(/pruefen|zurueckgeben/),
    ]);
  });

  it("repeats the race ten times with the same outcome", async () => {
    const filingId = await submit("bockelsberg");
    for (let round = 0; round < 10; round++) {
      const outcomes = await Promise.allSettled(
        [koordinierung, koordinierung2].map((p) =>
          reviewFiling(
            p,
            filingId,
            { action: "zurueckgeben", comments: [{ text: `Runde ${round}` }] },
            t.deps,
          ),
        ),
      );
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      await submitFiling(
        awo,
        asJson(
          sampleVerwendungsnachweis({
            programmeId: "stadtteilmanagement",
            traegerId: "awo",
            districtId: "bockelsberg",
            year: 2025,
          }),
        ),
        t.deps,
      );
    }
    const detail = await getFiling(koordinierung, filingId, t.deps);
    expect(detail.filing.latestVersion).toBe(11);
    expect(detail.audit).toHaveLength(21);
  });

  it("forbids a Träger any review action", async () => {
    const filingId = await submit("innenstadt");
    for (const action of ["zurueckgeben", "pruefen", "kenntnis", "weiterleiten"] as const)
      await expect(
        reviewFiling(awo, filingId, { action, comments: [{ text: "x" }] }, t.deps),
      ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lets the Leitung only take note", async () => {
    const filingId = await submit("ebensberg-luene-moorfeld");
    for (const action of ["zurueckgeben", "pruefen", "weiterleiten"] as const)
      await expect(
        reviewFiling(leitung, filingId, { action, comments: [{ text: "x" }] }, t.deps),
      ).rejects.toBeInstanceOf(ForbiddenError);
    // kenntnis is her action, but only after the arithmetic check.
    await expect(reviewFiling(leitung, filingId, { action: "kenntnis" }, t.deps)).rejects.toThrow(
      "„zur Kenntnis genommen“ ist nur im Status „rechnerisch geprüft“ oder „sachlich geprüft“ möglich; der Vorgang ist „eingereicht“.",
    );
    await reviewFiling(koordinierung, filingId, samplePruefenRequest(findingsOf.get(filingId)), t.deps);
    const noted = await reviewFiling(leitung, filingId, { action: "kenntnis" }, t.deps);
    expect(noted.status).toBe("zur_kenntnis_genommen");
    expect(noted.audit.by).toEqual({ sub: leitung.sub, name: leitung.name, role: "leitung" });
  });

  it("requires a comment to return a filing", async () => {
    const filingId = await submit("weisser-turm");
    await expect(
      reviewFiling(koordinierung, filingId, { action: "zurueckgeben" }, t.deps),
    ).rejects.toBeInstanceOf(BadRequestError);
    await expect(
      reviewFiling(koordinierung, filingId, { action: "zurueckgeben", comments: [] }, t.deps),
    ).rejects.toBeInstanceOf(BadRequestError);
  });

  it("refuses a review of a version that is no longer the latest", async () => {
    const filingId = await submit("schuetzenplatz-neu-hagen");
    await submit("schuetzenplatz-neu-hagen");
    await expect(
      reviewFiling(
        koordinierung,
        filingId,
        { ...samplePruefenRequest(findingsOf.get(filingId)), expectedVersion: 1 },
        t.deps,
      ),
    ).rejects.toThrow(/Inzwischen liegt Version 2 vor/);
  });

  it("answers 404 for a filing that does not exist", async () => {
    await expect(
      reviewFiling(
        koordinierung,
        "stadtteilmanagement.2025.verwendungsnachweis.awo.nirgendwo",
        samplePruefenRequest(),
        t.deps,
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
