import { describe, expect, it } from "vitest";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { ApiError, createApiClient, NetworkError, ResponseMismatchError } from "../../shared/api/api-client";

const filing = sampleVerwendungsnachweis();
const draft = {
  filingId: "id1",
  content: filing,
  savedAt: "2026-03-01T10:00:00.000Z",
  savedBy: { sub: "u1", name: "Träger" },
};

/** A fetch that answers 401 to the first n requests, then `ok`; records every request. */
const recordingFetch = (unauthorized: number, ok: { status?: number; body: unknown } = { body: draft }) => {
  const seen: { url: string; method: string; auth: string | null; body: unknown }[] = [];
  const fetchFn = ((url: string, init: RequestInit) => {
    seen.push({
      url,
      method: init.method!,
      auth: new Headers(init.headers).get("authorization"),
      body: init.body,
    });
    const status = seen.length <= unauthorized ? 401 : (ok.status ?? 200);
    return Promise.resolve(
      new Response(JSON.stringify(status === 401 ? { detail: "Das Token ist abgelaufen." } : ok.body), {
        status,
      }),
    );
  }) as typeof fetch;
  return { fetchFn, seen };
};

const client = (fetchFn: typeof fetch, renew?: () => Promise<string | undefined>) =>
  createApiClient({ baseUrl: "https://api", token: () => "old", ...(renew && { renew }), fetch: fetchFn });

describe("createApiClient on 401", () => {
  it("renews once and sends the same request again, body unchanged", async () => {
    const { fetchFn, seen } = recordingFetch(1);
    let renewals = 0;
    const api = client(fetchFn, () => (renewals++, Promise.resolve("new")));
    await api.putDraft(filing, "id1");
    expect(renewals).toBe(1);
    expect(seen.map((s) => s.auth)).toEqual(["Bearer old", "Bearer new"]);
    expect(seen[1]!.body).toBe(seen[0]!.body);
  });

  it("retries only once: a second 401 reaches the caller in German", async () => {
    const { fetchFn, seen } = recordingFetch(2);
    const api = client(fetchFn, () => Promise.resolve("new"));
    const err = await api.putDraft(filing, "id1").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toBe("Das Token ist abgelaufen.");
    expect(seen).toHaveLength(2);
  });

  it("does not retry when renewal has no token", async () => {
    const { fetchFn, seen } = recordingFetch(1);
    const api = client(fetchFn, () => Promise.resolve(undefined));
    await expect(api.putDraft(filing, "id1")).rejects.toBeInstanceOf(ApiError);
    expect(seen).toHaveLength(1);
  });
});

describe("createApiClient builds requests from the route table", () => {
  it("fills and encodes path parameters, adds the query and the route's method", async () => {
    const { fetchFn, seen } = recordingFetch(0, { body: { items: [], missing: [] } });
    await client(fetchFn).call("listFilings", { query: { programme: "stadtteilmanagement", year: 2025 } });
    const { fetchFn: f2, seen: s2 } = recordingFetch(0);
    await client(f2).putDraft(filing, "a b/c");
    expect(seen[0]).toMatchObject({
      url: "https://api/filings?programme=stadtteilmanagement&year=2025",
      method: "GET",
    });
    expect(s2[0]).toMatchObject({ url: "https://api/drafts/a%20b%2Fc", method: "PUT" });
  });

  it("turns a failed fetch into the German NetworkError", async () => {
    const api = client((() => Promise.reject(new TypeError("fetch failed"))) as typeof fetch);
    const err = await api.listProgrammes().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as Error).message).toMatch(/Keine Verbindung zum Server/);
  });
});

describe("createApiClient validates every JSON answer against the route's schema", () => {
  it("refuses an answer with a field of the wrong type and names the route and the field", async () => {
    const { fetchFn } = recordingFetch(0, { body: { ...draft, savedAt: 42 } });
    const err = await client(fetchFn)
      .getDraft("id1")
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResponseMismatchError);
    expect((err as ResponseMismatchError).routeId).toBe("getDraft");
    expect((err as Error).message).toMatch(/„getDraft“/);
    expect((err as ResponseMismatchError).issues.join()).toMatch(/^savedAt/);
  });

  it("refuses a success status the route does not document", async () => {
    const { fetchFn } = recordingFetch(0, { status: 202, body: draft });
    const err = await client(fetchFn)
      .getDraft("id1")
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResponseMismatchError);
    expect((err as Error).message).toMatch(/Status 202 statt 200/);
  });

  it("returns the parsed answer when it fits", async () => {
    const { fetchFn } = recordingFetch(0);
    expect(await client(fetchFn).getDraft("id1")).toEqual(draft);
  });
});
