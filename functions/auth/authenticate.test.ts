import { SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { DEV_AUDIENCE, DEV_ISSUER, generateDevKeys, type DevKeys } from "../../dev/dev-keys";
import { DEV_USERS } from "../../dev/dev-users";
import { issueDevToken } from "../../dev/issue-dev-token";
import { UnauthorizedError } from "./unauthorized";
import { authenticate } from "./authenticate";
import { createJwtVerifier, type TokenVerifier } from "./verify-token";

let keys: DevKeys;
let verify: TokenVerifier;
beforeAll(async () => {
  keys = await generateDevKeys();
  verify = createJwtVerifier({ issuer: DEV_ISSUER, audience: DEV_AUDIENCE, jwks: keys.jwks });
});

const sign = (claims: Record<string, unknown>, set: (jwt: SignJWT) => SignJWT = (j) => j) =>
  set(
    new SignJWT(claims)
      .setProtectedHeader({ alg: "ES256", kid: keys.kid })
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setSubject("u1")
      .setIssuedAt()
      .setExpirationTime("1h"),
  ).sign(keys.privateKey);

const rejection = async (header: string | undefined) => {
  const err = await authenticate(header, verify).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(UnauthorizedError);
  expect((err as UnauthorizedError).type).toBe("unauthorized");
  return (err as UnauthorizedError).message;
};

describe("authenticate", () => {
  it("turns a valid token's claims into a principal", async () => {
    const token = await issueDevToken(keys, DEV_USERS.awo!);
    expect(await authenticate(`Bearer ${token}`, verify)).toEqual(DEV_USERS.awo);
  });

  it("accepts a staff token without traeger_id", async () => {
    const principal = await authenticate(`Bearer ${await sign({ role: "leitung", name: "L" })}`, verify);
    expect(principal).toEqual({ sub: "u1", name: "L", role: "leitung", programmeIds: [] });
  });

  it("asks for a token when the header is missing", async () => {
    expect(await rejection(undefined)).toMatch(/Anmeldung erforderlich/);
  });

  it("rejects a header that is not a Bearer JWT", async () => {
    expect(await rejection("Basic dXNlcjpwYXNz")).toMatch(/Bearer <Token>/);
  });

  it("rejects an expired token", async () => {
    const token = await sign({ role: "leitung" }, (j) =>
      j.setExpirationTime(Math.floor(Date.now() / 1000) - 3600),
    );
    expect(await rejection(`Bearer ${token}`)).toMatch(/abgelaufen/);
  });

  it.each([
    ["another issuer", (j: SignJWT) => j.setIssuer("https://evil.example")],
    ["another audience", (j: SignJWT) => j.setAudience("other-api")],
  ])("rejects a token of %s", async (_name, set) => {
    expect(await rejection(`Bearer ${await sign({ role: "leitung" }, set)}`)).toMatch(/ungültig/);
  });

  it("rejects a token without exp", async () => {
    const token = await new SignJWT({ role: "leitung" })
      .setProtectedHeader({ alg: "ES256", kid: keys.kid })
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setSubject("u1")
      .setIssuedAt()
      .sign(keys.privateKey);
    expect(await rejection(`Bearer ${token}`)).toMatch(/Ablaufzeit/);
  });

  it("rejects a token without iat", async () => {
    const token = await new SignJWT({ role: "leitung" })
      .setProtectedHeader({ alg: "ES256", kid: keys.kid })
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setSubject("u1")
      .setExpirationTime("1h")
      .sign(keys.privateKey);
    expect(await rejection(`Bearer ${token}`)).toMatch(/Ausstellungs/);
  });

  it("rejects a token issued a year ahead", async () => {
    const ahead = Math.floor(Date.now() / 1000) + 365 * 86_400;
    const token = await sign({ role: "leitung" }, (j) =>
      j.setIssuedAt(ahead).setExpirationTime(ahead + 3600),
    );
    expect(await rejection(`Bearer ${token}`)).toMatch(/Zukunft/);
  });

  it("rejects a token that lives longer than 24 hours", async () => {
    const token = await sign({ role: "leitung" }, (j) => j.setExpirationTime("30d"));
    expect(await rejection(`Bearer ${token}`)).toMatch(/24 Stunden/);
  });

  it("rejects a token signed with a shared secret (HS256)", async () => {
    const token = await new SignJWT({ role: "koordinierung" })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setSubject("x")
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode("a-secret-that-is-long-enough-for-hs256"));
    expect(await rejection(`Bearer ${token}`)).toMatch(/ungültig/);
  });

  it.each([
    ["an unknown role", { role: "admin" }],
    ["a traeger role without traeger_id", { role: "traeger" }],
  ])("rejects %s", async (_name, claims) => {
    expect(await rejection(`Bearer ${await sign(claims)}`)).toMatch(/Rolle/);
  });
});
