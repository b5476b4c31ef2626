import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JSONWebKeySet, type JWTPayload } from "jose";

/** Verifies a JWT's signature, issuer, audience and expiry; resolves to its claims. */
export type TokenVerifier = (token: string) => Promise<JWTPayload>;

export interface JwtVerifierOptions {
  issuer: string;
  audience: string;
  /** A JWKS URL (the identity provider's) or, for tests and the local server, the key set itself. */
  jwks: URL | JSONWebKeySet;
}

/** Asymmetric algorithms only: a shared-secret (HS*) token must never be accepted. */
const ALGORITHMS = ["RS256", "ES256", "PS256", "EdDSA"];

export const createJwtVerifier = ({ issuer, audience, jwks }: JwtVerifierOptions): TokenVerifier => {
  const keys = jwks instanceof URL ? createRemoteJWKSet(jwks) : createLocalJWKSet(jwks);
  return async (token) =>
    (await jwtVerify(token, keys, { issuer, audience, algorithms: ALGORITHMS, clockTolerance: 30 })).payload;
};

/** The deployed configuration: AUTH_ISSUER, AUTH_AUDIENCE, AUTH_JWKS_URL (set by the CDK stack). */
export const verifierFromEnv = (env: NodeJS.ProcessEnv = process.env): TokenVerifier => {
  const { AUTH_ISSUER: issuer, AUTH_AUDIENCE: audience, AUTH_JWKS_URL: jwksUrl } = env;
  if (!issuer || !audience || !jwksUrl)
    throw new Error("AUTH_ISSUER, AUTH_AUDIENCE and AUTH_JWKS_URL must be set to verify tokens");
  return createJwtVerifier({ issuer, audience, jwks: new URL(jwksUrl) });
};
