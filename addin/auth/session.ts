import type { Role } from "../../shared/domain/lifecycle";

/** Who is signed in, as the token says (the API checks the token itself on every request). */
export interface SessionUser {
  sub: string;
  name: string;
  role: Role;
  traegerId?: string;
}

export interface Session {
  token: string;
  user: SessionUser;
}

/** A user the sign-in can offer to pick (only the local dev sign-in has a list). */
export interface SignInChoice {
  user: string;
  name: string;
  role: Role;
}

/**
 * How the task pane signs in. Locally: the dev login of `npm start`. Deployed: the city's identity
 * provider over OIDC – Office SSO first, the Office dialog where SSO is not set up.
 */
export interface SignIn {
  readonly kind: "dev" | "oidc";
  /** Users to pick from, where the sign-in offers a choice. */
  choices(): Promise<SignInChoice[]>;
  signIn(choice?: string): Promise<Session>;
}

const base64UrlJson = (part: string): Record<string, unknown> =>
  JSON.parse(
    new TextDecoder().decode(
      Uint8Array.from(atob(part.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0)),
    ),
  ) as Record<string, unknown>;

/** The user a JWT names (claims `sub`, `name`, `role`, `traeger_id`); the signature is the API's business. */
export const userFromToken = (token: string): SessionUser => {
  const claims = base64UrlJson(token.split(".")[1] ?? "");
  const role = String(claims.role ?? claims["custom:role"] ?? "");
  if (role !== "traeger" && role !== "koordinierung" && role !== "leitung")
    throw new Error(
      "Die Anmeldung enthält keine Rolle für den Förderbericht. Bitte an die Koordinierungsstelle wenden.",
    );
  const traegerId = claims.traeger_id ?? claims["custom:traeger_id"];
  return {
    sub: String(claims.sub ?? ""),
    name: String(claims.name ?? ""),
    role,
    ...(typeof traegerId === "string" && { traegerId }),
  };
};
