import { describe, expect, it } from "vitest";
import type { OidcClient, OidcTokens, PendingAuthorization } from "./oidc-client";
import { RENEW_BEFORE_SECONDS, oidcSignIn } from "./oidc-sign-in";

/** A JWT-shaped token with these claims (unsigned: the pane only reads it, the API verifies). */
const jwt = (claims: Record<string, unknown>) =>
  `e30.${btoa(JSON.stringify(claims)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_")}.sig`;

const tokens = (n: number, exp: number, refresh = `r${n}`): OidcTokens => ({
  apiToken: jwt({ sub: "u1", name: `N${n}`, role: "traeger", traeger_id: "awo", exp }),
  idToken: `id${n}`,
  refreshToken: refresh,
  expiresAt: exp,
});

/** An OidcClient that counts what the sign-in asked of it. */
const fakeClient = (opts: { refresh?: (t: string) => Promise<OidcTokens>; logout?: string } = {}) => {
  const calls = {
    authorize: 0,
    finish: [] as string[],
    refresh: [] as string[],
    logout: [] as (string | undefined)[],
  };
  const pending: PendingAuthorization = {
    url: "https://idp/authorize?x",
    state: "s",
    nonce: "n",
    verifier: "v",
  };
  const client: OidcClient = {
    authorize: () => (calls.authorize++, Promise.resolve(pending)),
    finish: (url) => (calls.finish.push(url), Promise.resolve(tokens(1, 1000))),
    refresh: (t) => (
      calls.refresh.push(t),
      opts.refresh ? opts.refresh(t) : Promise.resolve(tokens(2, 5000))
    ),
    logoutUrl: (id) => (calls.logout.push(id), Promise.resolve(opts.logout)),
  };
  return { client, calls };
};

describe("oidcSignIn", () => {
  it("signs in through the window and shows the user the token names", async () => {
    const { client, calls } = fakeClient();
    const windows: string[] = [];
    const signIn = oidcSignIn(
      client,
      (url) => (windows.push(url), Promise.resolve("https://pane/cb?code=c")),
    );
    const session = await signIn.signIn();
    expect(windows).toEqual(["https://idp/authorize?x"]);
    expect(calls.finish).toEqual(["https://pane/cb?code=c"]);
    expect(session.user).toEqual({ sub: "u1", name: "N1", role: "traeger", traegerId: "awo" });
  });

  it("falls back to the window on any SSO failure, 13000 included", async () => {
    const { client, calls } = fakeClient();
    const signIn = oidcSignIn(client, () => Promise.resolve("https://pane/cb?code=c"), {
      sso: () => Promise.reject({ code: 13000 }),
    });
    await signIn.signIn();
    expect(calls.authorize).toBe(1);
  });

  it("uses the SSO token where SSO works, without any window", async () => {
    const { client, calls } = fakeClient();
    const sso = jwt({ sub: "e1", roles: ["koordinierung"] });
    const signIn = oidcSignIn(client, () => Promise.reject(new Error("no window")), {
      sso: () => Promise.resolve(sso),
    });
    expect((await signIn.signIn()).user.role).toBe("koordinierung");
    expect(await signIn.token()).toBe(sso);
    expect(calls.authorize).toBe(0);
  });

  it("refreshes before expiry: the next request gets the new token", async () => {
    let now = 0;
    const { client, calls } = fakeClient();
    const signIn = oidcSignIn(client, () => Promise.resolve("https://pane/cb?code=c"), { now: () => now });
    await signIn.signIn();
    now = 1000 - RENEW_BEFORE_SECONDS - 1;
    const first = await signIn.token();
    expect(calls.refresh).toEqual([]);
    now = 1000 - RENEW_BEFORE_SECONDS;
    const second = await signIn.token();
    expect(calls.refresh).toEqual(["r1"]);
    expect(second).not.toBe(first);
    expect(second).toBe(tokens(2, 5000).apiToken);
  });

  it("renews after a 401 with the refresh token, and says undefined when that fails", async () => {
    const { client } = fakeClient({ refresh: () => Promise.reject(new Error("invalid_grant")) });
    const signIn = oidcSignIn(client, () => Promise.resolve("https://pane/cb?code=c"));
    await signIn.signIn();
    expect(await signIn.renew()).toBeUndefined();
  });

  it("logs out at the provider in the same kind of window and forgets the tokens", async () => {
    const { client, calls } = fakeClient({ logout: "https://idp/logout?client_id=c" });
    const windows: string[] = [];
    const signIn = oidcSignIn(client, (url) => (windows.push(url), Promise.resolve("https://pane/cb")));
    await signIn.signIn();
    await signIn.signOut();
    expect(calls.logout).toEqual(["id1"]);
    expect(windows.at(-1)).toBe("https://idp/logout?client_id=c");
    expect(await signIn.token()).toBeUndefined();
    expect(await signIn.renew()).toBeUndefined();
  });
});
