import { idempotencyHeader } from "../shared/api/edge-schemas";
import { ROUTES } from "../shared/api/routes";

/** Every method the route table serves, so a new route needs no second edit here. */
const ALLOW_METHODS = [...[...new Set(ROUTES.map((r) => r.method))].sort(), "OPTIONS"].join(", ");

/** The add-in's dev server and other local tools: any port on localhost, http or https. */
const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

const extraOrigins = (extra: string) =>
  extra
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean);

/** A page on this machine (any port of localhost) or one of CORS_ORIGINS. */
export const isLocalOrigin = (origin: string, extra = process.env.CORS_ORIGINS ?? ""): boolean =>
  LOCAL_ORIGIN.test(origin) || extraOrigins(extra).includes(origin);

/**
 * CORS for the local server only; in AWS the HTTP API's CORS configuration does this. Extra origins
 * (comma-separated) come from CORS_ORIGINS.
 */
export const corsHeaders = (
  origin: string | undefined,
  extra = process.env.CORS_ORIGINS ?? "",
): Record<string, string> => {
  if (!origin || !isLocalOrigin(origin, extra)) return {};
  return {
    "access-control-allow-origin": origin,
    "access-control-allow-methods": ALLOW_METHODS,
    "access-control-allow-headers": `authorization, content-type, ${idempotencyHeader}`,
    "access-control-expose-headers": "www-authenticate, content-disposition",
    "access-control-max-age": "600",
    vary: "Origin",
  };
};
