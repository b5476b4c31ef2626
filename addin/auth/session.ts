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
  /** The demo user's programme: the picker names the role as that programme's pack does. */
  programmeId?: string;
}

/**
 * How the task pane signs in. Locally: the dev login of `npm start`. Deployed: the city's identity
 * provider over OIDC – Office SSO where the manifest has it, else the Office dialog or a popup.
 */
export interface SignIn {
  readonly kind: "dev" | "oidc";
  /** Users to pick from, where the sign-in offers a choice. */
  choices(): Promise<SignInChoice[]>;
  signIn(choice?: string): Promise<Session>;
  /** After a reload: the tab's session renewed without asking the user, or undefined. */
  restore(): Promise<Session | undefined>;
  /** The token for the next request, renewed first when it is about to expire. */
  token(): Promise<string | undefined>;
  /** After a 401: a renewed token without asking the user, or undefined when only signing in helps. */
  renew(): Promise<string | undefined>;
  /** Forgets the tokens and ends the provider's session, so a shared PC asks the next user again. */
  signOut(): Promise<void>;
}

const base64UrlJson = (part: string): Record<string, unknown> =>
  JSON.parse(
    new TextDecoder().decode(
      Uint8Array.from(atob(part.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0)),
    ),
  ) as Record<string, unknown>;

const ROLE_NAMES: readonly string[] = ["traeger", "koordinierung", "leitung"];

/**
 * The user a JWT names (`sub`, `name`, `role` or Entra's `roles` array, `traeger_id`), for display
 * only: the API checks signature and claims itself (functions/auth/claims-to-principal.ts).
 */
export const userFromToken = (token: string): SessionUser => {
  const claims = base64UrlJson(token.split(".")[1] ?? "");
  const named = [claims.role, ...(Array.isArray(claims.roles) ? claims.roles : [])];
  const roles = [...new Set(named.filter((r): r is Role => typeof r === "string" && ROLE_NAMES.includes(r)))];
  const role = roles.length === 1 ? roles[0]! : undefined;
  // No role, so no programme is known yet: the neutral name of the office, not a programme's own.
  if (!role)
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
