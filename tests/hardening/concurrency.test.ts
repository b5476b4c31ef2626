import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplePruefenRequest } from "../../shared/pruefung/sample-pruefvermerk";
import { filingKey } from "../../shared/filing/filing";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { programmeById } from "../../shared/programme/programmes";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { devUser } from "../../dev/dev-users";
import { routeRequest } from "../support/route-request";

/**
 * 100 submissions at once across every Träger of the programme that has a sign-in (each filing sent twice with the same
 * Idempotency-Key, as a client retrying), then two reviewers racing on each filing: nothing lost,
 * nothing stored twice, exactly one reviewer wins.
 */
const YEAR = 2070;
const programme = programmeById("stadtteilmanagement");
// A Verwendungsnachweis is filed only where a Träger runs the district (the city's own: none).
const districts = programme.districts.filter((d) => !d.durchStadt);
// Träger without a district of their own have no demo sign-in (dev/dev-users.ts).
const traegerIds = programme.traeger.map((t) => t.id).filter((id) => devUser(id));
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  // Every Träger may file for every district in both years: the Koordinierungsstelle's Ausnahmen.
  for (const year of [YEAR, YEAR + 1]) {
    const params = {
      ...defaultProgramParams({ programmeId: programme.id, year }),
      ausnahmen: traegerIds.flatMap((traegerId) => districts.map((d) => ({ traegerId, districtId: d.id }))),
    };
    const put = await api.call(...routeRequest("putParams", { programmeId: programme.id, year }), {
      token: await api.token("koordinierung"),
      body: params,
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
  }
});
afterAll(() => api?.close());

describe("concurrency", () => {
  it("stores each of 50 filings exactly once from 100 concurrent submissions, and lets one of two racing reviewers win", async () => {
    // Every Träger × district pair of YEAR, then of the year after, until there are 50.
    const pairs = traegerIds.length * districts.length;
    const filings = Array.from({ length: 50 }, (_, i) => {
      const traeger = traegerIds[i % traegerIds.length]!;
      const district = districts[Math.floor(i / traegerIds.length) % districts.length]!.id;
      return sampleVerwendungsnachweis({
        programmeId: programme.id,
        traegerId: traeger,
        districtId: district,
        year: YEAR + Math.floor(i / pairs),
      });
    });
    expect(new Set(filings.map((f) => filingKey(f.kind, f.meta))).size).toBe(50);
    // A client as the API asks: on 503 wait Retry-After (shortened here) and send the same key again.
    const send = async (i: number) => {
      for (let attempt = 0; ; attempt++) {
        const answer = await api.call(...routeRequest("submitFiling"), {
          token: await api.token(filings[i]!.meta.traegerId),
          body: filings[i],
          headers: { "idempotency-key": `race-${i}` },
        });
        if (answer.status !== 503 || attempt === 5) return answer;
        await new Promise((r) => setTimeout(r, 200));
      }
    };
    const answers = await Promise.all(Array.from({ length: 100 }, (_, n) => send(n % 50)));
    for (let i = 0; i < 50; i++) {
      const pair = [answers[i]!, answers[i + 50]!];
      expect(pair.map((a) => a.status).sort(), JSON.stringify(pair.map((a) => a.body))).toEqual([200, 201]);
      for (const a of pair)
        expect(a.body).toMatchObject({ version: 1, filingId: filingKey(filings[i]!.kind, filings[i]!.meta) });
    }
    const items = await api.scan();
    const versions = items.filter((item) => item.type === "version");
    expect(versions).toHaveLength(50);
    expect(items.filter((item) => item.type === "head")).toHaveLength(50);

    const koordinierung = await api.token("koordinierung");
    // Reviews carry expectedVersion instead of a key: a 503 is resent, a repeat of a step that went
    // through meets the changed head and gets 409.
    const reviewOnce = async (id: string, body: object) => {
      for (let attempt = 0; ; attempt++) {
        const answer = await api.call(...routeRequest("reviewFiling", { id }), {
          token: koordinierung,
          body,
        });
        if (answer.status !== 503 || attempt === 5) return answer;
      }
    };
    const reviews = await Promise.all(
      filings.slice(0, 20).flatMap((f, i) => {
        const id = filingKey(f.kind, f.meta);
        // The first step per form: a Prüfvermerk (open Warnungen acknowledged) or the sachliche Prüfung.
        const check =
          f.kind === "verwendungsnachweis"
            ? samplePruefenRequest(answers[i]!.body.findings)
            : { action: "sachlich_pruefen" };
        return [
          reviewOnce(id, { ...check, expectedVersion: 1 }),
          reviewOnce(id, {
            action: "zurueckgeben",
            expectedVersion: 1,
            comments: [{ text: "Bitte Belege nachreichen." }],
          }),
        ];
      }),
    );
    for (let i = 0; i < 20; i++) {
      const pair = [reviews[2 * i]!.status, reviews[2 * i + 1]!.status];
      expect(pair.filter((s) => s === 200).length).toBeLessThanOrEqual(1);
      expect(pair.every((s) => s === 200 || s === 409)).toBe(true);
    }
    // One winner per filing in the store, whatever the answers said.
    const audits = (await api.scan()).filter((item) => item.type === "audit");
    expect(audits.filter((a) => a.action === "einreichen")).toHaveLength(50);
    const reviewed = audits.filter((a) => a.action !== "einreichen").map((a) => a.filingId);
    expect(reviewed).toHaveLength(20);
    expect(new Set(reviewed).size).toBe(20);
  }, 60_000);
});
