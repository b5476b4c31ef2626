import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTPayload,
} from "jose";

/** Verifies a JWT's signature, issuer, audience, issue time and expiry; resolves to its claims. */
export type TokenVerifier = (token: string) => Promise<JWTPayload>;

export interface JwtVerifierOptions {
  issuer: string;
  audience: string;
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

export const createJwtVerifier = ({ issuer, audience, jwks }: JwtVerifierOptions): TokenVerifier => {
  const keys = jwks instanceof URL ? createRemoteJWKSet(jwks) : createLocalJWKSet(jwks);
  return async (token) => {
    const { payload } = await jwtVerify(token, keys, {
      issuer,
      audience,
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
};

/** The deployed configuration: AUTH_ISSUER, AUTH_AUDIENCE, AUTH_JWKS_URL (set by the CDK stack). */
export const verifierFromEnv = (env: NodeJS.ProcessEnv = process.env): TokenVerifier => {
  const { AUTH_ISSUER: issuer, AUTH_AUDIENCE: audience, AUTH_JWKS_URL: jwksUrl } = env;
  if (!issuer || !audience || !jwksUrl)
    throw new Error("AUTH_ISSUER, AUTH_AUDIENCE and AUTH_JWKS_URL must be set to verify tokens");
  return createJwtVerifier({ issuer, audience, jwks: new URL(jwksUrl) });
};
