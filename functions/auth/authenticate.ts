import { errors } from "jose";
import type { Principal } from "../core/principal";
import { unauthorized } from "./unauthorized";
import { claimsToPrincipal } from "./claims-to-principal";
import type { TokenVerifier } from "./verify-token";

const BEARER = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)\s*$/i;

/**
 * `Authorization: Bearer <JWT>` → Principal, or a 401 in German. Only token problems become 401;
 * anything else (the JWKS endpoint unreachable) stays an error and becomes a logged 500.
 */
export const authenticate = async (
  authorization: string | undefined,
  verifyToken: TokenVerifier,
): Promise<Principal> => {
  if (!authorization)
    throw unauthorized(
      "Anmeldung erforderlich: Bitte ein Token im Header „Authorization: Bearer …“ mitsenden.",
    );
  const token = BEARER.exec(authorization)?.[1];
  if (!token) throw unauthorized("Der Header „Authorization“ muss die Form „Bearer <Token>“ haben.");
  try {
    return claimsToPrincipal(await verifyToken(token), verifyToken.claimMapping);
  } catch (err) {
    if (err instanceof errors.JWTExpired) throw unauthorized("Das Token ist abgelaufen. Bitte neu anmelden.");
    if (err instanceof errors.JWTClaimValidationFailed && ["exp", "iat"].includes(err.claim))
      throw unauthorized(
        "Das Token ist ungültig: Es muss Ausstellungs- und Ablaufzeit enthalten, darf nicht in der Zukunft ausgestellt sein und höchstens 24 Stunden gelten.",
      );
    if (err instanceof errors.JOSEError && !(err instanceof errors.JWKSTimeout))
      throw unauthorized("Das Token ist ungültig (Signatur, Aussteller oder Zielgruppe stimmen nicht).");
    throw err;
  }
};
