import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import type { HttpResult } from "../functions/http/json";
import { safeDecode } from "./guard-request";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".json": "application/json",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/** The local task pane signs in with the dev login and talks to the API on its own origin. */
export const DEV_APP_CONFIG = { apiUrl: "", signIn: { kind: "dev" } };

/**
 * The built task pane from `dir` on the API's own origin (local development only; in AWS CloudFront
 * serves it): `/` is the web app, `/taskpane.html` the Excel task pane, `/config.json` says "dev
 * login, this origin". Answers undefined for anything that is no file there, so API routes go on.
 * `headers` are the task pane's security headers (functions/http/security-headers.ts), on every file.
 */
export const serveStatic = (
  dir: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
): HttpResult | undefined => {
  if (method !== "GET" && method !== "HEAD") return undefined;
  if (path === "/config.json")
    return {
      statusCode: 200,
      headers: { ...headers, "content-type": TYPES[".json"]!, "cache-control": "no-store" },
      body: JSON.stringify(DEV_APP_CONFIG),
    };
  // A broken escape is no file; the server answers it with 400 before it gets here.
  const decoded = path === "/" ? "index.html" : safeDecode(path);
  if (decoded === undefined || decoded.includes("\0")) return undefined;
  const file = normalize(join(dir, decoded.replace(/^\/+/, "")));
  if (!file.startsWith(normalize(dir) + sep) || !existsSync(file) || !statSync(file).isFile())
    return undefined;
  return {
    statusCode: 200,
    headers: {
      ...headers,
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
    },
    body: readFileSync(file).toString("base64"),
    isBase64Encoded: true,
  };
};
