import { SignJWT } from "jose";
import { DEV_AUDIENCE, DEV_ISSUER, generateDevKeys } from "../../../dev/dev-keys";
import { devUserName } from "../../../dev/dev-users";
import type { TestApi } from "../../../dev/fixtures/start-test-api";
import { LEGACY_PROGRAMME_ID, PROGRAMMES } from "../../../shared/programme/programmes";

/** The other programme pack, found rather than named (its id lives only in its folder). */
const ELSEWHERE = PROGRAMMES.find((p) => p.id !== LEGACY_PROGRAMME_ID)!.id;

/**
 * Every kind of caller of the matrix. "own" is the AWO user on AWO's filing, "other" the Caritas
 * user on the same filing. The "…Elsewhere" callers are of another programme – `awoElsewhere` is
 * that programme's AWO, another association under the same Träger id: a filing of Lüneburg is "not
 * found" for them, exactly as for "other"; Lüneburg's lists, parameters and consolidation are 403.
 */
export const CALLERS = [
  "own",
  "other",
  "koordinierung",
  "leitung",
  "awoElsewhere",
  "koordinierungElsewhere",
  "leitungElsewhere",
  "anonymous",
] as const;
export type Caller = (typeof CALLERS)[number];
export type Answers = Record<Caller, number>;

export const USER: Record<Caller, string | undefined> = {
  own: "awo",
  other: "caritas",
  koordinierung: "koordinierung",
  leitung: "leitung",
  awoElsewhere: devUserName(ELSEWHERE, "awo"),
  koordinierungElsewhere: devUserName(ELSEWHERE, "koordinierung"),
  leitungElsewhere: devUserName(ELSEWHERE, "leitung"),
  anonymous: undefined,
};

/** `status` for every signed-in caller, 401 without a token: a cell then names only who differs. */
export const signedIn = (status: number): Answers => ({
  own: status,
  other: status,
  koordinierung: status,
  leitung: status,
  awoElsewhere: status,
  koordinierungElsewhere: status,
  leitungElsewhere: status,
  anonymous: 401,
});

/** A filing of Lüneburg read by who may (its Träger, the city's staff); nobody else finds it. */
export const FILING_READERS: Answers = { ...signedIn(404), own: 200, koordinierung: 200, leitung: 200 };

/** Lüneburg's programme-wide data, for everyone of the programme and no one of another. */
export const PROGRAMME_MEMBERS: Answers = {
  ...signedIn(403),
  own: 200,
  other: 200,
  koordinierung: 200,
  leitung: 200,
};

/** A filing's action for Koordinierung alone: another programme's Koordinierung does not find it. */
export const koordinierungOnFiling = (status: number): Answers => ({
  ...signedIn(403),
  koordinierung: status,
  koordinierungElsewhere: 404,
});

/** A filing of AWO's own (a draft, an upload): staff may not, another Träger does not find it. */
export const ownerOnFiling = (status: number): Answers => ({
  ...signedIn(403),
  own: status,
  other: 404,
  awoElsewhere: 404,
});

/**
 * Tokens this API must not accept on any route: 401 everywhere, before any handler work. A validly
 * signed token for a Träger no programme's Stammdaten list is a login, but for no one: 403.
 */
export const BAD_TOKENS = ["forged", "expired", "exp-less", "wrong-issuer", "unknown-traeger"] as const;
export type BadToken = (typeof BAD_TOKENS)[number];

export const badToken = async (api: TestApi, kind: BadToken) => {
  const keys = kind === "forged" ? await generateDevKeys() : api.devKeys;
  const now = Math.floor(Date.now() / 1000);
  const claims =
    kind === "unknown-traeger" ? { role: "traeger", traeger_id: "gibt-es-nicht" } : { role: "koordinierung" };
  let jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: "ES256", kid: api.devKeys.kid })
    .setIssuer(kind === "wrong-issuer" ? "https://evil.example" : DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setSubject(`bad-${kind}`)
    .setIssuedAt(kind === "expired" ? now - 7200 : now);
  if (kind !== "exp-less") jwt = jwt.setExpirationTime(kind === "expired" ? now - 3600 : now + 3600);
  return jwt.sign(keys.privateKey);
};
