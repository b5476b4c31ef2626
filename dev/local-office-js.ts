import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize, sep } from "node:path";
import type { HttpResult } from "../functions/http/json";

/** Where the pages load Office.js from in production: Microsoft's CDN, as Office requires. */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** Where `npm start` and the tests serve the same files from the @microsoft/office-js package. */
export const LOCAL_OFFICE_JS = "/office-js/";

// The package's dist/ holds office.js and the host and locale scripts it loads next to itself.
const DIST = join(
  dirname(createRequire(import.meta.url).resolve("@microsoft/office-js/package.json")),
  "dist",
);

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
};

/**
 * GET /office-js/<file> from the installed @microsoft/office-js package: offline, no wait for the
 * CDN before the task pane decides it runs in a plain browser. Local development and tests only.
 */
export const serveOfficeJs = (method: string, path: string): HttpResult | undefined => {
  if ((method !== "GET" && method !== "HEAD") || !path.startsWith(LOCAL_OFFICE_JS)) return undefined;
  const file = normalize(join(DIST, decodeURIComponent(path.slice(LOCAL_OFFICE_JS.length))));
  if (!file.startsWith(DIST + sep) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  return {
    statusCode: 200,
    headers: {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
    },
    body: readFileSync(file).toString("base64"),
    isBase64Encoded: true,
  };
};

/** A served HTML page with its Office.js script pointed at the local copy; anything else unchanged. */
export const withLocalOfficeJs = (result: HttpResult | undefined): HttpResult | undefined => {
  const type = String(result?.headers?.["content-type"] ?? "");
  if (!result?.body || !type.startsWith("text/html")) return result;
  const html = Buffer.from(result.body, result.isBase64Encoded ? "base64" : "utf8").toString("utf8");
  return {
    ...result,
    body: Buffer.from(html.replaceAll(OFFICE_JS_CDN, LOCAL_OFFICE_JS)).toString("base64"),
    isBase64Encoded: true,
  };
};
