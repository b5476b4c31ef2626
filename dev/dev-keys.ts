import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JSONWebKeySet, type JWK } from "jose";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Issuer and audience of dev tokens; the local server's verifier accepts exactly these. */
export const DEV_ISSUER = "urn:foerderbericht:lokal";
export const DEV_AUDIENCE = "foerderbericht-api";
const ALG = "ES256";

export interface DevKeys {
  kid: string;
  privateKey: CryptoKey;
  /** Public key set for the verifier – what AUTH_JWKS_URL serves in AWS. */
  jwks: JSONWebKeySet;
}

const toDevKeys = async (privateJwk: JWK, publicJwk: JWK): Promise<DevKeys> => ({
  kid: publicJwk.kid!,
  privateKey: (await importJWK(privateJwk, ALG)) as CryptoKey,
  jwks: { keys: [publicJwk] },
});

const newJwkPair = async () => {
  const pair = await generateKeyPair(ALG, { extractable: true });
  const common = { kid: `dev-${Date.now().toString(36)}`, alg: ALG, use: "sig" };
  return {
    privateJwk: { ...(await exportJWK(pair.privateKey)), ...common },
    publicJwk: { ...(await exportJWK(pair.publicKey)), ...common },
  };
};

/** A fresh pair, in memory only (tests, benchmark). */
export const generateDevKeys = async (): Promise<DevKeys> => {
  const { privateJwk, publicJwk } = await newJwkPair();
  return toDevKeys(privateJwk, publicJwk);
};

/**
 * The local server's signing key: generated at first start and kept in the data folder, so dev tokens
 * stay valid across restarts. Never used outside `npm start`: the Lambdas only know AUTH_JWKS_URL.
 */
export const loadDevKeys = async (dataDir: string): Promise<DevKeys> => {
  const file = join(dataDir, "dev-keys.json");
  if (existsSync(file)) {
    const stored = JSON.parse(await readFile(file, "utf8")) as { privateJwk: JWK; publicJwk: JWK };
    return toDevKeys(stored.privateJwk, stored.publicJwk);
  }
  const { privateJwk, publicJwk } = await newJwkPair();
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify({ privateJwk, publicJwk }, null, 2), { mode: 0o600 });
  return toDevKeys(privateJwk, publicJwk);
};
