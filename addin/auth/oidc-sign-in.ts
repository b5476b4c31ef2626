import type { OidcClient, OidcTokens } from "./oidc-client";
import { userFromToken, type Session, type SignIn } from "./session";

/** Opens the provider's page (Office dialog or popup) and resolves to the URL it returned to. */
export type OpenAuthWindow = (url: string) => Promise<string>;

export interface OidcSignInOptions {
  /** Office SSO, only where the manifest carries WebApplicationInfo; any failure falls back to the window. */
  sso?: () => Promise<string>;
  /** Seconds since the epoch (tests pass their own). */
  now?: () => number;
}

/** Renew this long before the token's `exp`, so a request never leaves with a token about to lapse. */
export const RENEW_BEFORE_SECONDS = 60;

/**
 * Sign-in at the city's identity provider: SSO where configured, else the authorization-code flow in
 * a window; tokens kept in memory only (never localStorage: a shared PC's next user must not find them).
 */
export const oidcSignIn = (
  client: OidcClient,
  openWindow: OpenAuthWindow,
  { sso, now = () => Date.now() / 1000 }: OidcSignInOptions = {},
): SignIn => {
  let tokens: OidcTokens | undefined;
  let ssoToken: string | undefined;

  const interactive = async () => {
    const pending = await client.authorize();
    tokens = await client.finish(await openWindow(pending.url), pending);
    return tokens.apiToken;
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
      tokens = await client.refresh(tokens.refreshToken);
      return tokens.apiToken;
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
      const url = await client.logoutUrl(idToken);
      // The provider's session ends in the same kind of window the sign-in used.
      if (url) await openWindow(url).catch(() => undefined);
    },
  };
};
