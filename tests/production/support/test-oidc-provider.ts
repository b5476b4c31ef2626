import { exportJWK, generateKeyPair } from "jose";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type Configuration } from "oidc-provider";

/**
 * A real OpenID provider (oidc-provider 9) in the test process, shaped like the city's:
 * - `cognito`: the claims the stack's V1 pre-token trigger adds to the ID token (`role`,
 *   `traeger_id`, `programmes`), ID token `aud` = the app client, the pane sends the ID token;
 * - `entra`: a v2-style issuer with a path (`…/<tenant>/v2.0`), app roles as a `roles` array in a
 *   JWT access token whose `aud` is the API (resource indicator = Entra's API scope).
 * Login is oidc-provider's own login form (any password); the login name picks the account.
 */
export type ProviderShape = "cognito" | "entra";

export interface TestAccount {
  name: string;
  role: "traeger" | "koordinierung" | "leitung";
  traegerId?: string;
  programmes?: string[];
}

export const ENTRA_API_AUDIENCE = "api://foerderbericht-test";
export const CLIENT_ID = "task-pane";

const claimsFor = (shape: ProviderShape, sub: string, a: TestAccount): Record<string, unknown> =>
  shape === "cognito"
    ? {
        sub,
        name: a.name,
        role: a.role,
        ...(a.traegerId && { traeger_id: a.traegerId }),
        ...(a.programmes && { programmes: a.programmes.join(" ") }),
      }
    : {
        sub,
        name: a.name,
        roles: [a.role],
        ...(a.traegerId && { traeger_id: a.traegerId }),
        ...(a.programmes && { programmes: a.programmes }),
      };

export const startTestOidcProvider = async ({
  shape,
  redirectUri,
  accounts,
}: {
  shape: ProviderShape;
  redirectUri: string;
  accounts: Record<string, TestAccount>;
}) => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const issuer =
    shape === "entra"
      ? `http://127.0.0.1:${port}/0000-tenant/v2.0`
      : `http://127.0.0.1:${port}/eu-central-1_test`;
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const counts = { refreshGrants: 0, codeGrants: 0, logins: 0 };
  const scopeClaims = ["sub", "name", "role", "roles", "traeger_id", "programmes"];

  const configuration: Configuration = {
    clients: [
      {
        client_id: CLIENT_ID,
        token_endpoint_auth_method: "none",
        redirect_uris: [redirectUri],
        post_logout_redirect_uris: [redirectUri],
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: `test-${shape}`, alg: "RS256", use: "sig" }] },
    cookies: { keys: ["test-cookie-key-not-secret"] },
    pkce: { required: () => true },
    claims: { openid: scopeClaims, profile: ["name"], email: [] },
    // Like Cognito's ID token: every claim in it, not only in /userinfo.
    conformIdTokenClaims: false,
    ttl: { IdToken: 3600, AccessToken: 3600, RefreshToken: 12 * 3600, Session: 12 * 3600 },
    // Cognito issues a refresh token on every code grant; Entra with offline_access.
    issueRefreshToken: () => Promise.resolve(true),
    findAccount: (_ctx, sub) => {
      const account = accounts[sub];
      if (!account) return undefined;
      return { accountId: sub, claims: () => claimsFor(shape, sub, account) as never };
    },
    // The city's provider asks no consent for its own application.
    loadExistingGrant: async (ctx) => {
      const grantId =
        ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope("openid profile email offline_access");
      grant.addOIDCClaims(scopeClaims);
      if (shape === "entra") grant.addResourceScope(ENTRA_API_AUDIENCE, "access_as_user");
      await grant.save();
      return grant;
    },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: shape === "entra",
        defaultResource: () => ENTRA_API_AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: "access_as_user",
          audience: ENTRA_API_AUDIENCE,
          accessTokenFormat: "jwt",
          jwt: { sign: { alg: "RS256" } },
        }),
      },
    },
    // Entra puts app roles and the Träger into the access token the API gets.
    extraTokenClaims: (_ctx, token) => {
      const sub = "accountId" in token ? String(token.accountId) : undefined;
      const account = sub ? accounts[sub] : undefined;
      return Promise.resolve(
        sub && account && shape === "entra" ? (claimsFor(shape, sub, account) as never) : undefined,
      );
    },
  };
  const provider = new Provider(issuer, configuration);
  provider.on("grant.success", (ctx) => {
    if (ctx.oidc.params?.grant_type === "refresh_token") counts.refreshGrants++;
    if (ctx.oidc.params?.grant_type === "authorization_code") counts.codeGrants++;
  });
  provider.on("interaction.ended", () => counts.logins++);
  const handle = provider.callback();
  // Mounted below the issuer's path, as express would: the provider reads originalUrl for its links.
  const mount = new URL(issuer).pathname;
  server.on("request", (req: IncomingMessage & { originalUrl?: string }, res) => {
    if (!req.url?.startsWith(mount)) return void res.writeHead(404).end();
    req.originalUrl = req.url;
    req.url = req.url.slice(mount.length) || "/";
    void handle(req, res);
  });

  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    origin: `http://127.0.0.1:${port}`,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

export type TestOidcProvider = Awaited<ReturnType<typeof startTestOidcProvider>>;
