import type { IncomingHttpHeaders } from "node:http";
import * as z from "zod";
import { json, type HttpResult } from "../functions/http/json";
import { problem } from "../functions/http/problem";
import { isLocalOrigin } from "./cors";
import type { DevKeys } from "./dev-keys";
import { DEV_USERS, devUser } from "./dev-users";
import { issueDevToken } from "./issue-dev-token";

const loginSchema = z.object({ user: z.string().min(1) });

const listUsers = () =>
  json(
    200,
    Object.entries(DEV_USERS).map(([user, p]) => ({
      user,
      sub: p.sub,
      name: p.name,
      role: p.role,
      traegerId: p.traegerId,
      programmeId: p.programmeIds[0],
    })),
  );

/** What a browser on another site can send without a CORS preflight; the login takes none of it. */
const refuseLogin = (headers: IncomingHttpHeaders): HttpResult | undefined => {
  const type = (headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json")
    return problem(
      415,
      "unsupported-media-type",
      "Format nicht unterstützt",
      'Die Anmeldung erwartet „Content-Type: application/json“ mit {"user": "…"}.',
    );
  const origin = headers.origin;
  if (origin !== undefined && !isLocalOrigin(origin))
    return problem(
      403,
      "forbidden",
      "Nicht erlaubt",
      "Die Demo-Anmeldung ist nur von einer Seite auf diesem Rechner (localhost) aus erlaubt.",
    );
  return undefined;
};

const login = async (body: string, keys: DevKeys, headers: IncomingHttpHeaders): Promise<HttpResult> => {
  const refused = refuseLogin(headers);
  if (refused) return refused;
  let input: z.infer<typeof loginSchema> | undefined;
  try {
    input = loginSchema.parse(JSON.parse(body));
  } catch {
    input = undefined;
  }
  const user = input && devUser(input.user);
  if (!user)
    return problem(
      400,
      "bad-request",
      "Ungültige Anfrage",
      `Erwartet wird {"user": "…"} mit einem dieser Benutzer: ${Object.keys(DEV_USERS).join(", ")}.`,
    );
  return json(200, {
    token: await issueDevToken(keys, user),
    tokenType: "Bearer",
    expiresIn: 12 * 3600,
    user,
  });
};

/**
 * Local development only – these routes are not in shared/api/routes.ts, so no Lambda and no API
 * Gateway route ever serves them. Returns undefined for any other path. The login mints any user's
 * token without a password, so it takes JSON only (a form or text/plain post needs no preflight)
 * and no request from a foreign origin; the server checks Host before (guard-request.ts).
 */
export const handleDevRoute = async (
  method: string,
  path: string,
  body: string,
  keys: DevKeys,
  headers: IncomingHttpHeaders = {},
): Promise<HttpResult | undefined> => {
  if (method === "GET" && path === "/dev/users") return listUsers();
  if (method === "POST" && path === "/dev/login") return login(body, keys, headers);
  if (method === "GET" && path === "/dev/jwks.json") return json(200, keys.jwks);
  return undefined;
};
