import { SignJWT } from "jose";
import type { Principal } from "../functions/core/principal";
import { DEV_AUDIENCE, DEV_ISSUER, type DevKeys } from "./dev-keys";

/** A token with the claims the identity provider issues in AWS (role, traeger_id, programmes, name, sub). */
export const issueDevToken = (keys: DevKeys, user: Principal, expiresIn = "12h"): Promise<string> =>
  new SignJWT({
    role: user.role,
    name: user.name,
    ...(user.traegerId ? { traeger_id: user.traegerId } : {}),
    programmes: user.programmeIds,
  })
    .setProtectedHeader({ alg: "ES256", kid: keys.kid })
    .setSubject(user.sub)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(keys.privateKey);
