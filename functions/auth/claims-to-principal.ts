import type { JWTPayload } from "jose";
import * as z from "zod";
import { principalSchema, type Principal } from "../core/principal";
import { unauthorized } from "./unauthorized";

/** The claims the identity provider issues (snake_case as in the token). */
const claimsSchema = z.object({
  sub: z.string().min(1),
  name: z.string().optional(),
  role: z.string(),
  traeger_id: z.string().optional(),
});

/** Verified claims → Principal. A token without a usable role is not a login to this application. */
export const claimsToPrincipal = (claims: JWTPayload): Principal => {
  const parsedClaims = claimsSchema.safeParse(claims);
  const principal =
    parsedClaims.success &&
    principalSchema.safeParse({
      sub: parsedClaims.data.sub,
      name: parsedClaims.data.name ?? "",
      role: parsedClaims.data.role,
      traegerId: parsedClaims.data.traeger_id,
    });
  if (!principal || !principal.success)
    throw unauthorized(
      "Das Token enthält keine gültige Rolle (traeger, koordinierung oder leitung) oder, für die Rolle „traeger“, keine Träger-Kennung.",
    );
  return principal.data;
};
