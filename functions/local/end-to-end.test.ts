import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleVerwendungsnachweis } from "../../shared/filing/sample-filings";
import { startTestApi, type TestApi } from "./fixtures/start-test-api";

let api: TestApi;
const as = (user: string) => api.token(user);
beforeAll(async () => (api = await startTestApi()));
afterAll(() => api?.close());

describe("a Verwendungsnachweis from submission to 51.12, over HTTP", () => {
  const filing = sampleVerwendungsnachweis({ traegerId: "awo", districtId: "kaltenmoor", year: 2025 });
  const id = "2025.verwendungsnachweis.awo.kaltenmoor";

  it("runs submit → list → get → return → resubmit → diff → prüfen → kenntnis → weiterleiten", async () => {
    const submitted = await api.call("POST", "/filings", { token: await as("awo"), body: filing });
    expect(submitted.status).toBe(201);
    expect(submitted.body).toMatchObject({
      filingId: id,
      version: 1,
      status: "eingereicht",
      replayed: false,
    });

    const list = await api.call("GET", "/filings?year=2025&district=kaltenmoor", {
      token: await as("koordinierung"),
    });
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { filingId: string }) => i.filingId)).toEqual([id]);
    expect(list.body.missing.map((m: { kind: string }) => m.kind)).toEqual(["jahresbericht"]);

    const detail = await api.call("GET", `/filings/${id}`, { token: await as("koordinierung") });
    expect(detail.body.latest.content).toEqual(filing);

    const returned = await api.call("POST", `/filings/${id}/review`, {
      token: await as("koordinierung"),
      body: {
        action: "zurueckgeben",
        expectedVersion: 1,
        comments: [
          { path: ["personal", "zeilen", 1, "verguetungsgruppe"], text: "Bitte die Eingruppierung prüfen." },
        ],
      },
    });
    expect(returned.body.status).toBe("zurueckgegeben");

    const corrected = structuredClone(filing);
    corrected.data.personal.zeilen[1]!.verguetungsgruppe = "TVöD SuE S 12";
    const resubmitted = await api.call("POST", "/filings", {
      token: await as("awo"),
      body: corrected,
      headers: { "idempotency-key": "korrektur-1" },
    });
    expect(resubmitted.body).toMatchObject({ version: 2, status: "eingereicht" });
    const replay = await api.call("POST", "/filings", {
      token: await as("awo"),
      body: corrected,
      headers: { "idempotency-key": "korrektur-1" },
    });
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ version: 2, replayed: true });

    const diff = await api.call("GET", `/filings/${id}/diff?from=1&to=2`, {
      token: await as("koordinierung"),
    });
    expect(diff.body.changes).toEqual([
      expect.objectContaining({
        path: ["personal", "zeilen", 1, "verguetungsgruppe"],
        after: "TVöD SuE S 12",
      }),
    ]);

    for (const [action, user, status] of [
      ["pruefen", "koordinierung", "rechnerisch_geprueft"],
      ["kenntnis", "leitung", "zur_kenntnis_genommen"],
      ["weiterleiten", "koordinierung", "weitergeleitet"],
    ] as const) {
      const step = await api.call("POST", `/filings/${id}/review`, {
        token: await as(user),
        body: { action, expectedVersion: 2 },
      });
      expect(step.status, JSON.stringify(step.body)).toBe(200);
      expect(step.body.status).toBe(status);
    }

    const final = await api.call("GET", `/filings/${id}`, { token: await as("awo") });
    expect(final.body.filing.status).toBe("weitergeleitet");
    expect(final.body.audit.map((a: { action: string }) => a.action)).toEqual([
      "einreichen",
      "zurueckgeben",
      "einreichen",
      "pruefen",
      "kenntnis",
      "weiterleiten",
    ]);
    expect(final.body.comments).toEqual([
      expect.objectContaining({ text: "Bitte die Eingruppierung prüfen." }),
    ]);
  });
});
