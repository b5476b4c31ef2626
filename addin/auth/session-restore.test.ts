import { describe, expect, it } from "vitest";
import { devSignIn } from "./dev-sign-in";
import type { OidcClient, OidcTokens } from "./oidc-client";
import { oidcSignIn } from "./oidc-sign-in";
import type { SessionStorageLike } from "./session-store";

const jwt = (claims: Record<string, unknown>) =>
  `e30.${btoa(JSON.stringify(claims)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_")}.sig`;

/** A tab's sessionStorage in memory; `values` shows what a reload would find. */
const tabStorage = () => {
  const values = new Map<string, string>();
  const storage: SessionStorageLike = {
    getItem: (k) => values.get(k) ?? null,
    setItem: (k, v) => void values.set(k, v),
    removeItem: (k) => void values.delete(k),
  };
  return { storage, values };
};

const tokens = (n: number, refresh = `r${n}`): OidcTokens => ({
  apiToken: jwt({ sub: "u1", name: `N${n}`, role: "koordinierung", exp: 10_000 }),
  idToken: `id${n}`,
  refreshToken: refresh,
  expiresAt: 10_000,
});

const client = (refresh: (t: string) => Promise<OidcTokens>) => {
  const refreshed: string[] = [];
  const c: OidcClient = {
    authorize: () => Promise.resolve({ url: "https://idp/a", state: "s", nonce: "n", verifier: "v" }),
    finish: () => Promise.resolve(tokens(1)),
    refresh: (t) => (refreshed.push(t), refresh(t)),
    logoutUrl: () => Promise.resolve(undefined),
  };
  return { client: c, refreshed };
};

describe("oidcSignIn after a reload", () => {
  it("renews the tab's session from its refresh token without opening a window", async () => {
    const tab = tabStorage();
    const before = oidcSignIn(
      client(() => Promise.resolve(tokens(2))).client,
      () => Promise.resolve("cb"),
      tab,
    );
    await before.signIn();
    expect([...tab.values.values()]).toEqual(["r1"]);

    // The reload: a new sign-in object on the same tab storage.
    const windows: string[] = [];
    const { client: c, refreshed } = client(() => Promise.resolve(tokens(2)));
    const after = oidcSignIn(c, (url) => (windows.push(url), Promise.resolve("cb")), {
      storage: tab.storage,
    });
    const session = await after.restore();
    expect(session?.user).toMatchObject({ name: "N2", role: "koordinierung" });
    expect(refreshed).toEqual(["r1"]);
    expect(windows).toEqual([]);
    expect(await after.token()).toBe(tokens(2).apiToken);
  });

  it("forgets a refresh token the provider refuses, and nothing is restored after signing out", async () => {
    const tab = tabStorage();
    tab.values.set("foerderbericht.anmeldung", "abgelaufen");
    const refused = oidcSignIn(
      client(() => Promise.reject(new Error("invalid_grant"))).client,
      () => Promise.resolve("cb"),
      tab,
    );
    expect(await refused.restore()).toBeUndefined();
    expect(tab.values.size).toBe(0);

    const signIn = oidcSignIn(
      client(() => Promise.resolve(tokens(2))).client,
      () => Promise.resolve("cb"),
      tab,
    );
    await signIn.signIn();
    await signIn.signOut();
    expect(tab.values.size).toBe(0);
    expect(await signIn.restore()).toBeUndefined();
  });
});

describe("devSignIn after a reload", () => {
  const answer = (token: string) =>
    (() =>
      Promise.resolve(new Response(JSON.stringify({ token }), { status: 200 }))) as unknown as typeof fetch;

  it("keeps a valid dev token for the tab and drops an expired one", async () => {
    const tab = tabStorage();
    const token = jwt({
      sub: "dev-awo",
      name: "Sachbearbeitung AWO",
      role: "traeger",
      traeger_id: "awo",
      exp: 2_000,
    });
    await devSignIn("http://api", answer(token), { storage: tab.storage, now: () => 1_000 }).signIn("awo");
    const reloaded = devSignIn("http://api", answer("unused"), { storage: tab.storage, now: () => 1_500 });
    expect((await reloaded.restore())?.user).toEqual({
      sub: "dev-awo",
      name: "Sachbearbeitung AWO",
      role: "traeger",
      traegerId: "awo",
    });
    expect(await reloaded.token()).toBe(token);
    const late = devSignIn("http://api", answer("unused"), { storage: tab.storage, now: () => 2_000 });
    expect(await late.restore()).toBeUndefined();
    await reloaded.signOut();
    expect(tab.values.size).toBe(0);
  });
});
