import * as oauth from "oauth4webapi";
import type { OidcSignInConfig } from "../../shared/sign-in/task-pane-config-schema";

/**
 * The protocol, on oauth4webapi (small, no dependencies, runs in the web view, certified by the
 * OpenID Foundation): discovery, authorization code + PKCE + state + nonce, ID-token validation,
 * refresh. This module keeps only what is ours: which token goes to the API, where logout goes.
 */
export interface OidcTokens {
  /** What the API gets: the ID token (Cognito) or the access token (Entra's API scope). */
  apiToken: string;
  idToken: string;
  refreshToken: string | undefined;
  /** Seconds since the epoch when `apiToken` expires. */
  expiresAt: number;
}

/** What an authorization round trip keeps between opening the window and reading the callback. */
export interface PendingAuthorization {
  url: string;
  state: string;
  nonce: string;
  verifier: string;
}

/** Plain HTTP only on this machine (tests, a local provider); everywhere else HTTPS, as the library insists. */
const insecureOk = (issuer: URL) =>
  issuer.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(issuer.hostname);

const expiryOf = (token: string): number => {
  const payload = JSON.parse(atob(token.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/"))) as {
    exp?: number;
  };
  return payload.exp ?? 0;
};

export const createOidcClient = (config: OidcSignInConfig, redirectUri: string, fetchFn?: typeof fetch) => {
  const issuer = new URL(config.issuer);
  const client: oauth.Client = { client_id: config.clientId };
  const options = {
    ...(insecureOk(issuer) && { [oauth.allowInsecureRequests]: true }),
    ...(fetchFn && { [oauth.customFetch]: fetchFn }),
  };
  let server: Promise<oauth.AuthorizationServer> | undefined;
  const discover = () =>
    (server ??= oauth
      .discoveryRequest(issuer, { ...options, algorithm: "oidc" })
      .then((response) => oauth.processDiscoveryResponse(issuer, response))
      .catch((err: unknown) => {
        server = undefined;
        throw new Error(
          `Der Anmeldedienst (${issuer.origin}) ist nicht erreichbar oder falsch eingerichtet. Bitte später erneut versuchen oder die IT der Stadt informieren.`,
          { cause: err },
        );
      }));

  const tokensOf = (result: oauth.TokenEndpointResponse, previousRefresh?: string): OidcTokens => {
    const idToken = result.id_token;
    if (!idToken) throw new Error("Der Anmeldedienst hat kein ID-Token geliefert.");
    const apiToken = config.apiToken === "access" ? result.access_token : idToken;
    return {
      apiToken,
      idToken,
      refreshToken: result.refresh_token ?? previousRefresh,
      expiresAt: expiryOf(apiToken),
    };
  };

  return {
    /** The provider's authorization URL with a fresh PKCE verifier, state and nonce. */
    authorize: async (): Promise<PendingAuthorization> => {
      const as = await discover();
      const verifier = oauth.generateRandomCodeVerifier();
      const state = oauth.generateRandomState();
      const nonce = oauth.generateRandomNonce();
      const url = new URL(as.authorization_endpoint!);
      url.search = new URLSearchParams({
        response_type: "code",
        client_id: config.clientId,
        redirect_uri: redirectUri,
        scope: config.scope,
        code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
        code_challenge_method: "S256",
        state,
        nonce,
      }).toString();
      return { url: url.toString(), state, nonce, verifier };
    },

    /** The callback URL → tokens: state, code exchange, ID token (signature, issuer, audience, nonce). */
    finish: async (callbackUrl: string, pending: PendingAuthorization): Promise<OidcTokens> => {
      const as = await discover();
      const url = new URL(callbackUrl);
      if (url.searchParams.get("error"))
        throw new Error(
          `Der Anmeldedienst hat die Anmeldung abgelehnt: ${url.searchParams.get("error_description") ?? url.searchParams.get("error")}`,
        );
      const params = oauth.validateAuthResponse(as, client, url, pending.state);
      const response = await oauth.authorizationCodeGrantRequest(
        as,
        client,
        oauth.None(),
        params,
        redirectUri,
        pending.verifier,
        options,
      );
      return tokensOf(
        await oauth.processAuthorizationCodeResponse(as, client, response, {
          expectedNonce: pending.nonce,
          requireIdToken: true,
        }),
      );
    },

    /** New tokens from the refresh token, without any window. */
    refresh: async (refreshToken: string): Promise<OidcTokens> => {
      const as = await discover();
      const response = await oauth.refreshTokenGrantRequest(as, client, oauth.None(), refreshToken, options);
      return tokensOf(await oauth.processRefreshTokenResponse(as, client, response), refreshToken);
    },

    /** Where logging out ends the provider's session too (Cognito's /logout, else end_session_endpoint). */
    logoutUrl: async (idToken: string | undefined): Promise<string | undefined> => {
      if (config.logoutEndpoint) {
        const url = new URL(config.logoutEndpoint);
        url.search = new URLSearchParams({ client_id: config.clientId, logout_uri: redirectUri }).toString();
        return url.toString();
      }
      const endSession = (await discover()).end_session_endpoint;
      if (!endSession) return undefined;
      const url = new URL(endSession);
      url.search = new URLSearchParams({
        client_id: config.clientId,
        post_logout_redirect_uri: redirectUri,
        ...(idToken && { id_token_hint: idToken }),
      }).toString();
      return url.toString();
    },
  };
};

export type OidcClient = ReturnType<typeof createOidcClient>;
