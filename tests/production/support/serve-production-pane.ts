import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { TASK_PANE_CONFIG_PATH } from "../../../shared/sign-in/sign-in-paths";
import type { TaskPaneConfigInput } from "../../../shared/sign-in/task-pane-config-schema";
import { isHashedAsset } from "../../../infra/hosting/split-hashed-assets";
import { taskPaneHeaders } from "../../../functions/http/security-headers";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * The built pane as CloudFront serves it: the stack's CSP (infra/hosting/task-pane-csp.ts) and the
 * response-headers policy's other headers, Cache-Control as the two deployments set it, and the
 * config.json the stack's code produces. Its own origin, apart from API and provider, as deployed.
 */
export const serveProductionPane = async ({
  dir,
  config,
  connectSources,
}: {
  dir: string;
  config: (origin: string) => TaskPaneConfigInput;
  /** Asked per response: API and provider start after the pane (they need its origin). */
  connectSources: () => readonly string[];
}) => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The deployed set as CloudFront sends it (HTTPS there; a browser ignores HSTS over loopback HTTP).
  const securityHeaders = () => taskPaneHeaders({ https: true, connectSources: connectSources() });
  server.on("request", (req, res) => {
    const headers = securityHeaders();
    const path = new URL(req.url ?? "/", origin).pathname;
    if (path === TASK_PANE_CONFIG_PATH) {
      res.writeHead(200, { ...headers, "content-type": TYPES[".json"], "cache-control": "no-cache" });
      return void res.end(JSON.stringify(config(origin)));
    }
    const file = normalize(join(dir, path === "/" ? "index.html" : path));
    if (!file.startsWith(normalize(dir) + sep) || !existsSync(file) || !statSync(file).isFile())
      return void res.writeHead(404, headers).end();
    res.writeHead(200, {
      ...headers,
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": isHashedAsset(file) ? "public, max-age=31536000, immutable" : "no-cache",
    });
    res.end(readFileSync(file));
  });
  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
