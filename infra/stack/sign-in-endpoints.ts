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
}

/** An identity provider the city runs (e.g. Entra ID): endpoints from context, nothing to deploy. */
export const oidcEndpoints = (issuer: string, audience: string, jwksUrl: string): SignInEndpoints => ({
  issuer,
  audience,
  jwksUrl,
  signInOrigins: [...new Set([new URL(issuer).origin, new URL(jwksUrl).origin])],
});
