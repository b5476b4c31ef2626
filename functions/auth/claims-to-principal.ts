import type { JWTPayload } from "jose";
import * as z from "zod";
import { STORE_LIMITS } from "../../shared/domain/store-limits";
import { principalSchema, type Principal } from "../core/principal";
import { unauthorized } from "./unauthorized";

/** The claims the identity provider issues (snake_case as in the token). */
const claimsSchema = z.object({
  sub: z.string().min(1),
  name: z.string().optional(),
  role: z.string(),
  traeger_id: z.string().optional(),
  /** The Förderprogramme of the login: an array, or one space-separated string as OAuth scopes are. */
  programmes: z.union([z.array(z.string()), z.string()]).optional(),
});

const programmeIdsOf = (claim: string[] | string | undefined): string[] =>
  typeof claim === "string" ? claim.split(" ").filter(Boolean) : (claim ?? []);

/** Verified claims → Principal. A token without a usable role is not a login to this application. */
export const claimsToPrincipal = (claims: JWTPayload): Principal => {
  const parsedClaims = claimsSchema.safeParse(claims);
  const principal =
    parsedClaims.success &&
    principalSchema.safeParse({
      sub: parsedClaims.data.sub,
      // A display name only: cut to the stored length rather than refuse the login.
      name: (parsedClaims.data.name ?? "").slice(0, STORE_LIMITS.nameLength),
      role: parsedClaims.data.role,
      traegerId: parsedClaims.data.traeger_id,
      programmeIds: programmeIdsOf(parsedClaims.data.programmes),
    });
  if (!principal || !principal.success)
    throw unauthorized(
      "Das Token enthält keine gültige Rolle (traeger, koordinierung oder leitung) oder, für die Rolle „traeger“, keine Träger-Kennung.",
    );
  return principal.data;
};
