import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTPayload,
} from "jose";
import type { ClaimMapping } from "./claims-to-principal";

/** Verifies a JWT's signature, issuer, audience, issue time and expiry; resolves to its claims. */
export type TokenVerifier = ((token: string) => Promise<JWTPayload>) & {
  /** Which claims name role, Träger and programmes at this provider (defaults: Cognito's trigger). */
  claimMapping?: ClaimMapping;
};

export interface JwtVerifierOptions {
  issuer: string;
  /** One or several accepted `aud` values (Entra: the API's application id URI or client id). */
  audience: string | readonly string[];
  claimMapping?: ClaimMapping;
  /** A JWKS URL (the identity provider's) or, for tests and the local server, the key set itself. */
  jwks: URL | JSONWebKeySet;
}

/** Asymmetric algorithms only: a shared-secret (HS*) token must never be accepted. */
const ALGORITHMS = ["RS256", "ES256", "PS256", "EdDSA"];

/**
 * A token must say when it was issued and when it expires, and live at most a day: a stolen token
 * without `exp` would be valid forever, and one with `iat` in the future would outlive any age check.
 */
export const MAX_TOKEN_LIFETIME_SECONDS = 24 * 3600;
const CLOCK_TOLERANCE_SECONDS = 30;

export const createJwtVerifier = ({
  issuer,
  audience,
  jwks,
  claimMapping,
}: JwtVerifierOptions): TokenVerifier => {
  const keys = jwks instanceof URL ? createRemoteJWKSet(jwks) : createLocalJWKSet(jwks);
  const verify: TokenVerifier = async (token) => {
    const { payload } = await jwtVerify(token, keys, {
      issuer,
      audience: typeof audience === "string" ? audience : [...audience],
      algorithms: ALGORITHMS,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      // jose then requires `iat`, refuses one in the future and one older than a day.
      requiredClaims: ["exp", "iat"],
      maxTokenAge: MAX_TOKEN_LIFETIME_SECONDS,
    });
    if (payload.exp! - payload.iat! > MAX_TOKEN_LIFETIME_SECONDS + CLOCK_TOLERANCE_SECONDS)
      throw new errors.JWTClaimValidationFailed('"exp" lies more than 24 h after "iat"', payload, "exp");
    return payload;
  };
  if (claimMapping) verify.claimMapping = claimMapping;
  return verify;
};

/**
 * The deployed configuration, set by the CDK stack: AUTH_ISSUER, AUTH_AUDIENCE (comma-separated for
 * several), AUTH_JWKS_URL, and optionally AUTH_ROLE_CLAIM, AUTH_TRAEGER_CLAIM, AUTH_PROGRAMME_CLAIM.
 */
export const verifierFromEnv = (env: NodeJS.ProcessEnv = process.env): TokenVerifier => {
  const { AUTH_ISSUER: issuer, AUTH_AUDIENCE: audience, AUTH_JWKS_URL: jwksUrl } = env;
  if (!issuer || !audience || !jwksUrl)
    throw new Error("AUTH_ISSUER, AUTH_AUDIENCE and AUTH_JWKS_URL must be set to verify tokens");
  const claimMapping: ClaimMapping = {
    ...(env.AUTH_ROLE_CLAIM && { roleClaim: env.AUTH_ROLE_CLAIM }),
    ...(env.AUTH_TRAEGER_CLAIM && { traegerClaim: env.AUTH_TRAEGER_CLAIM }),
    ...(env.AUTH_PROGRAMME_CLAIM && { programmeClaim: env.AUTH_PROGRAMME_CLAIM }),
  };
  return createJwtVerifier({
    issuer,
    audience: audience.split(",").map((a) => a.trim()),
    jwks: new URL(jwksUrl),
    claimMapping,
  });
};
