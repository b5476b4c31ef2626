import type { OidcSignInConfig } from "../../shared/sign-in/task-pane-config-schema";

/** What the API and the task pane need to know about the identity provider, whichever it is. */
export interface SignInEndpoints {
  /** `iss` of the tokens; the JWT authorizer and the handlers both check it. */
  issuer: string;
  /** `aud` of the tokens. */
  audience: string;
  /** Where the handlers fetch the signing keys (AUTH_JWKS_URL). */
  jwksUrl: string;
  /** Origins the task pane talks to while signing in (CSP connect-src, manifest AppDomains). */
  signInOrigins: string[];
  /** The task pane's sign-in settings, written into its config.json. */
  taskPane: OidcSignInConfig;
  /** A claim other than `role`/`roles` that names the role (AUTH_ROLE_CLAIM). */
  roleClaim?: string;
}

export interface OidcContext {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** The task pane's app registration (a SPA); default: the audience. */
  clientId?: string;
  /** Entra: `openid profile offline_access api://<api>/access_as_user`. */
  scope?: string;
  roleClaim?: string;
}

/**
 * An identity provider the city runs (e.g. Entra ID): endpoints from context, nothing to deploy. The
 * pane sends the access token there, issued for the API's scope (its `aud` is the API, not Graph).
 */
export const oidcEndpoints = ({
  issuer,
  audience,
  jwksUrl,
  clientId,
  scope,
  roleClaim,
}: OidcContext): SignInEndpoints => ({
  issuer,
  audience,
  jwksUrl,
  signInOrigins: [...new Set([new URL(issuer).origin, new URL(jwksUrl).origin])],
  taskPane: {
    kind: "oidc",
    issuer,
    clientId: clientId ?? audience,
    scope: scope ?? "openid profile offline_access",
    apiToken: "access",
    officeSso: false,
  },
  ...(roleClaim && { roleClaim }),
});

/**
 * The pane's settings for the stack's Cognito pool: the ID token goes to the API (the V1 trigger's
 * claims, `aud` = app client); logout at the hosted UI's `/logout` when given.
 */
export const cognitoTaskPaneSignIn = (
  issuer: string,
  clientId: string,
  logoutEndpoint?: string,
): OidcSignInConfig => ({
  kind: "oidc",
  issuer,
  clientId,
  scope: "openid email profile",
  apiToken: "id",
  ...(logoutEndpoint && { logoutEndpoint }),
  officeSso: false,
});
