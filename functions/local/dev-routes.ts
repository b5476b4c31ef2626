import * as z from "zod";
import { json, type HttpResult } from "../http/json";
import { problem } from "../http/problem";
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
    })),
  );

const login = async (body: string, keys: DevKeys): Promise<HttpResult> => {
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
 * Local development only – these routes are not in functions/routes.ts, so no Lambda and no API
 * Gateway route ever serves them. Returns undefined for any other path.
 */
export const handleDevRoute = async (
  method: string,
  path: string,
  body: string,
  keys: DevKeys,
): Promise<HttpResult | undefined> => {
  if (method === "GET" && path === "/dev/users") return listUsers();
  if (method === "POST" && path === "/dev/login") return login(body, keys);
  if (method === "GET" && path === "/dev/jwks.json") return json(200, keys.jwks);
  return undefined;
};
