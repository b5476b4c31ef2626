/** PKCE (RFC 7636): a random verifier and its S256 challenge, base64url without padding. */
const base64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

export const pkcePair = async (
  random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)),
) => {
  const verifier = base64Url(random(32));
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)));
  return { verifier, challenge: base64Url(digest) };
};

export interface OidcSettings {
  /** Issuer URL; `/authorize` and `/token` endpoints hang below it unless given. */
  authority: string;
  clientId: string;
  scope: string;
  /** The task pane's own auth-callback.html, registered at the identity provider. */
  redirectUri: string;
  authorizeEndpoint?: string;
  tokenEndpoint?: string;
}

export const authorizeUrl = (s: OidcSettings, challenge: string, state: string): string => {
  const url = new URL(s.authorizeEndpoint ?? `${s.authority.replace(/\/$/, "")}/oauth2/authorize`);
  url.search = new URLSearchParams({
    response_type: "code",
    client_id: s.clientId,
    redirect_uri: s.redirectUri,
    scope: s.scope,
    code_challenge: challenge,
    code_challenge_method: "S256",
    state,
  }).toString();
  return url.toString();
};
