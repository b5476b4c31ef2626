import type { OidcClient, OidcTokens } from "./oidc-client";
import { userFromToken, type Session, type SignIn } from "./session";
import { sessionStore, type SessionStorageLike } from "./session-store";

/** Opens the provider's page (Office dialog or popup) and resolves to the URL it returned to. */
export type OpenAuthWindow = (url: string) => Promise<string>;

export interface OidcSignInOptions {
  /** Office SSO, only where the manifest carries WebApplicationInfo; any failure falls back to the window. */
  sso?: () => Promise<string>;
  /** Seconds since the epoch (tests pass their own). */
  now?: () => number;
  /** Where the refresh token waits for a reload of this tab (sessionStorage; tests pass their own). */
  storage?: SessionStorageLike;
}

/** Renew this long before the token's `exp`, so a request never leaves with a token about to lapse. */
export const RENEW_BEFORE_SECONDS = 60;

/**
 * Sign-in at the city's identity provider: SSO where configured, else the authorization-code flow in
 * a window; tokens kept in memory, only the refresh token in the tab's sessionStorage so a reload
 * stays signed in (never localStorage: a shared PC's next user must not find them).
 */
export const oidcSignIn = (
  client: OidcClient,
  openWindow: OpenAuthWindow,
  { sso, now = () => Date.now() / 1000, storage }: OidcSignInOptions = {},
): SignIn => {
  const store = sessionStore(storage);
  let tokens: OidcTokens | undefined;
  const keep = (next: OidcTokens) => {
    tokens = next;
    if (next.refreshToken) store.save(next.refreshToken);
    return next;
  };
  let ssoToken: string | undefined;

  const interactive = async () => {
    const pending = await client.authorize();
    return keep(await client.finish(await openWindow(pending.url), pending)).apiToken;
  };
  const trySso = async () => {
    if (!sso) return undefined;
    try {
      return (ssoToken = await sso());
    } catch {
      // 13000 (no WebApplicationInfo), 13007, 13012, any other: the window still works.
      return undefined;
    }
  };
  const renew = async (): Promise<string | undefined> => {
    if (ssoToken) return trySso();
    if (!tokens?.refreshToken) return undefined;
    try {
      return keep(await client.refresh(tokens.refreshToken)).apiToken;
    } catch {
      return undefined;
    }
  };

  return {
    kind: "oidc",
    choices: () => Promise.resolve([]),
    signIn: async (): Promise<Session> => {
      const token = (await trySso()) ?? (await interactive());
      return { token, user: userFromToken(token) };
    },
    restore: async () => {
      // SSO signs in silently anyway; else the tab's refresh token, renewed once – no window opens.
      const silent = await trySso();
      if (silent) return { token: silent, user: userFromToken(silent) };
      const refreshToken = store.load();
      if (!refreshToken) return undefined;
      try {
        const token = keep(await client.refresh(refreshToken)).apiToken;
        return { token, user: userFromToken(token) };
      } catch {
        store.clear();
        return undefined;
      }
    },
    token: async () => {
      if (ssoToken) return ssoToken;
      if (tokens && tokens.expiresAt - RENEW_BEFORE_SECONDS <= now())
        return (await renew()) ?? tokens.apiToken;
      return tokens?.apiToken;
    },
    renew,
    signOut: async () => {
      const idToken = tokens?.idToken;
      tokens = undefined;
      ssoToken = undefined;
      store.clear();
      const url = await client.logoutUrl(idToken);
      // The provider's session ends in the same kind of window the sign-in used.
      if (url) await openWindow(url).catch(() => undefined);
    },
  };
};
