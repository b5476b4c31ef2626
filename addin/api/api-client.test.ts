import { describe, expect, it } from "vitest";
import { ApiError, createApiClient } from "./api-client";

/** A fetch that answers 401 to the first n requests and records every request's token and body. */
const recordingFetch = (unauthorized: number) => {
  const seen: { auth: string | null; body: unknown }[] = [];
  const fetchFn = ((_url: string, init: RequestInit) => {
    seen.push({ auth: new Headers(init.headers).get("authorization"), body: init.body });
    const status = seen.length <= unauthorized ? 401 : 200;
    return Promise.resolve(
      new Response(
        JSON.stringify(status === 200 ? { savedAt: "x" } : { detail: "Das Token ist abgelaufen." }),
        {
          status,
        },
      ),
    );
  }) as typeof fetch;
  return { fetchFn, seen };
};

const filing = { kind: "verwendungsnachweis" } as never;

describe("createApiClient on 401", () => {
  it("renews once and sends the same request again, body unchanged", async () => {
    const { fetchFn, seen } = recordingFetch(1);
    let renewals = 0;
    const api = createApiClient({
      baseUrl: "https://api",
      token: () => "old",
      renew: () => (renewals++, Promise.resolve("new")),
      fetch: fetchFn,
    });
    await api.putDraft(filing, "id1");
    expect(renewals).toBe(1);
    expect(seen.map((s) => s.auth)).toEqual(["Bearer old", "Bearer new"]);
    expect(seen[1]!.body).toBe(seen[0]!.body);
  });

  it("retries only once: a second 401 reaches the caller in German", async () => {
    const { fetchFn, seen } = recordingFetch(2);
    const api = createApiClient({
      baseUrl: "https://api",
      token: () => "old",
      renew: () => Promise.resolve("new"),
      fetch: fetchFn,
    });
    const err = await api.putDraft(filing, "id1").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toBe("Das Token ist abgelaufen.");
    expect(seen).toHaveLength(2);
  });

  it("does not retry when renewal has no token", async () => {
    const { fetchFn, seen } = recordingFetch(1);
    const api = createApiClient({
      baseUrl: "https://api",
      token: () => "old",
      renew: () => Promise.resolve(undefined),
      fetch: fetchFn,
    });
    await expect(api.putDraft(filing, "id1")).rejects.toBeInstanceOf(ApiError);
    expect(seen).toHaveLength(1);
  });
});
