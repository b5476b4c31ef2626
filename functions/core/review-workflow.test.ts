import { beforeAll, describe, expect, it } from "vitest";
import { samplePruefenRequest } from "../../shared/pruefung/sample-pruefvermerk";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { diffVersions } from "./diff-versions";
import { ConflictError } from "./errors";
import { asJson, createTestDeps } from "./fixtures/test-deps";
import { awo, koordinierung, leitung } from "./fixtures/principals";
import { getFiling } from "./get-filing";
import { listFilings } from "./list-filings";
import { reviewFiling } from "./review-filing";
import { submitFiling } from "./submit-filing";

describe("review workflow end to end on DynamoDB Local", () => {
  let t: Awaited<ReturnType<typeof createTestDeps>>;
  beforeAll(async () => {
    t = await createTestDeps();
  });

  it("runs submit → return with comment → resubmit → diff → geprüft → Kenntnis → 51.12 with an audit entry each", async () => {
    const v1 = sampleVerwendungsnachweis();
    const first = await submitFiling(awo, asJson(v1, "k-1"), t.deps);
    expect(first).toMatchObject({
      filingId: "stadtteilmanagement.2025.verwendungsnachweis.awo.kaltenmoor",
      version: 1,
      status: "eingereicht",
      replayed: false,
    });
    expect(first.findings.every((f) => f.severity !== "fehler")).toBe(true);

    const listed = await listFilings(
      koordinierung,
      { programmeId: "stadtteilmanagement", year: 2025 },
      t.deps,
    );
    expect(listed.items.map((i) => [i.filingId, i.status, i.latestVersion])).toEqual([
      [first.filingId, "eingereicht", 1],
    ]);
    expect(listed.missing.some((m) => m.filingId === first.filingId)).toBe(false);

    const detail = await getFiling(koordinierung, first.filingId, t.deps);
    expect(detail.latest.content).toEqual(v1);
    expect(detail.latest.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(detail.latest.signer).toEqual(v1.data.unterschrift);
    expect(detail.latest.submittedBy).toEqual({ sub: awo.sub, name: awo.name });

    t.tick();
    const returned = await reviewFiling(
      koordinierung,
      first.filingId,
      {
        action: "zurueckgeben",
        expectedVersion: 1,
        comments: [{ path: ["budget", "zeilen", 0, "beschreibung"], text: "Bitte genauer benennen." }],
      },
      t.deps,
    );
    expect(returned.status).toBe("zurueckgegeben");
    expect(returned.audit.comments[0]?.label).toBe(
      "4. Kosten für präventive Angebote der Gemeinwesenarbeit (Stadtteilmanagementbudget) › Zeile 1 › Projekt/ Angebot/ Maßnahme",
    );

    t.tick();
    const v2 = structuredClone(v1);
    v2.data.budget.zeilen[0]!.beschreibung = "Stadtteilfest Kaltenmoor (Bühne, Technik)";
    const second = await submitFiling(awo, asJson(v2, "k-2"), t.deps);
    expect(second).toMatchObject({ version: 2, status: "eingereicht", replayed: false });

    const diff = await diffVersions(koordinierung, first.filingId, 1, 2, t.deps);
    expect(diff.changes).toEqual([
      {
        path: ["budget", "zeilen", 0, "beschreibung"],
        label: returned.audit.comments[0]?.label,
        change: "changed",
        before: "Stadtteilfest Kaltenmoor",
        after: "Stadtteilfest Kaltenmoor (Bühne, Technik)",
      },
    ]);

    t.tick();
    await reviewFiling(
      koordinierung,
      first.filingId,
      { ...samplePruefenRequest(second.findings), expectedVersion: 2 },
      t.deps,
    );
    t.tick();
    await reviewFiling(leitung, first.filingId, { action: "kenntnis" }, t.deps);
    t.tick();
    const last = await reviewFiling(koordinierung, first.filingId, { action: "weiterleiten" }, t.deps);
    expect(last.status).toBe("weitergeleitet");

    const final = await getFiling(koordinierung, first.filingId, t.deps);
    expect(final.latest.version).toBe(2);
    expect(final.latest.content).toEqual(v2);
    expect(final.audit.map((e) => [e.seq, e.action, e.fromStatus, e.toStatus, e.version, e.by.role])).toEqual(
      [
        [1, "einreichen", null, "eingereicht", 1, "traeger"],
        [2, "zurueckgeben", "eingereicht", "zurueckgegeben", 1, "koordinierung"],
        [3, "einreichen", "zurueckgegeben", "eingereicht", 2, "traeger"],
        [4, "pruefen", "eingereicht", "rechnerisch_geprueft", 2, "koordinierung"],
        [5, "kenntnis", "rechnerisch_geprueft", "zur_kenntnis_genommen", 2, "leitung"],
        [6, "weiterleiten", "zur_kenntnis_genommen", "weitergeleitet", 2, "koordinierung"],
      ],
    );
    expect(new Set(final.audit.map((e) => e.at)).size).toBe(6);
    expect(final.comments).toEqual([
      expect.objectContaining({ version: 1, action: "zurueckgeben", text: "Bitte genauer benennen." }),
    ]);
    expect(final.versions.map((v) => v.version)).toEqual([1, 2]);

    // Once reviewed, the Träger cannot replace the version any more.
    await expect(submitFiling(awo, asJson(v2, "k-3"), t.deps)).rejects.toBeInstanceOf(ConflictError);
    const v1Again = await getFiling(koordinierung, first.filingId, t.deps);
    expect(v1Again.audit).toHaveLength(6);
  });
});
