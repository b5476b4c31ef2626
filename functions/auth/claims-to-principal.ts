import type { JWTPayload } from "jose";
import * as z from "zod";
import { ROLES } from "../../shared/domain/lifecycle";
import { STORE_LIMITS } from "../../shared/domain/store-limits";
import { principalSchema, type Principal } from "../core/principal";
import { unauthorized } from "./unauthorized";

/**
 * Which claims name role, Träger and programmes. Cognito's trigger writes `role`, `traeger_id` and
 * `programmes`; Entra ID sends app roles as a `roles` array and other values under names the city
 * picks (optional claims, directory extensions) – AUTH_ROLE_CLAIM and friends name them.
 */
export interface ClaimMapping {
  roleClaim?: string;
  traegerClaim?: string;
  programmeClaim?: string;
}

/** A claim as a list: an array of strings, or one string of space-separated values (OAuth's `scope` style). */
const listOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === "string")
    : typeof value === "string"
      ? value.split(/\s+/).filter(Boolean)
      : [];

/** The one role a token names: from the configured claim, else `role` and `roles`; none or two → undefined. */
const roleOf = (claims: JWTPayload, roleClaim: string | undefined) => {
  const values = roleClaim ? listOf(claims[roleClaim]) : [...listOf(claims.role), ...listOf(claims.roles)];
  const roles = [...new Set(values.filter((v) => (ROLES as readonly string[]).includes(v)))];
  return roles.length === 1 ? roles[0] : undefined;
};

const claimsSchema = z.object({ sub: z.string().min(1), name: z.string().optional() });

/** Verified claims → Principal. A token without exactly one usable role is not a login to this application. */
export const claimsToPrincipal = (claims: JWTPayload, mapping: ClaimMapping = {}): Principal => {
  const base = claimsSchema.safeParse(claims);
  const traegerId = claims[mapping.traegerClaim ?? "traeger_id"];
  const principal =
    base.success &&
    principalSchema.safeParse({
      sub: base.data.sub,
      // A display name only: cut to the stored length rather than refuse the login.
      name: (base.data.name ?? "").slice(0, STORE_LIMITS.nameLength),
      role: roleOf(claims, mapping.roleClaim),
      traegerId: typeof traegerId === "string" ? traegerId : undefined,
      programmeIds: listOf(claims[mapping.programmeClaim ?? "programmes"]),
    });
  if (!principal || !principal.success)
    throw unauthorized(
      "Das Token enthält keine gültige Rolle (traeger, koordinierung oder leitung), für die Rolle „traeger“ keine Träger-Kennung oder ungültige Programm-Kennungen (programmes).",
    );
  return principal.data;
};
