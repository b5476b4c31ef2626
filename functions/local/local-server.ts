import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { createJwtVerifier } from "../auth/verify-token";
import type { ServiceDeps } from "../core/service-deps";
import { setContext } from "../http/context";
import type { HttpResult } from "../http/json";
import { problem } from "../http/problem";
import { handlerEntry, ROUTES, type Route } from "../routes";
import { corsHeaders } from "./cors";
import { DEV_AUDIENCE, DEV_ISSUER, type DevKeys } from "./dev-keys";
import { handleDevRoute } from "./dev-routes";
import { matchRoute } from "./match-route";
import { serveStatic } from "./serve-static";
import { toEvent } from "./to-event";

export interface LocalServerOptions {
  deps: ServiceDeps;
  devKeys: DevKeys;
  port?: number;
  host?: string;
  /** The built task pane, served on the same origin (local development and browser tests). */
  staticDir?: string;
  /**
   * A second listener over HTTPS (Excel loads add-ins only over HTTPS): port and the certificate
   * office-addin-dev-certs installs. It serves the same API and task pane.
   */
  https?: { port: number; cert: Buffer; key: Buffer };
}

export interface LocalServer {
  url: string;
  /** The HTTPS listener's URL, when one was asked for. */
  httpsUrl?: string;
  close: () => Promise<void>;
}

/** The Lambda payload limit; API Gateway would refuse more before any handler ran. */
const MAX_BODY = 6 * 1024 * 1024;

type Lambda = (event: APIGatewayProxyEventV2) => Promise<HttpResult>;

/**
 * Loads a route's handler like the Lambda runtime would: by its module, named in the route table.
 * Cached: every import() goes through the loader's resolve hook, which costs more than the request.
 */
const handlers = new Map<string, Promise<Lambda>>();
const loadHandler = (route: Route): Promise<Lambda> => {
  let loaded = handlers.get(route.handler);
  if (!loaded) {
    loaded = import(`../../${handlerEntry(route)}`).then((m: { handler: Lambda }) => m.handler);
    handlers.set(route.handler, loaded);
  }
  return loaded;
};

const readBody = (req: IncomingMessage) =>
  new Promise<Buffer | undefined>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on("end", () => resolve(size > MAX_BODY ? undefined : Buffer.concat(chunks)));
    req.on("error", reject);
  });

const send = (res: ServerResponse, result: HttpResult, extraHeaders: Record<string, string>) => {
  const headers = { ...extraHeaders, ...(result.headers as Record<string, string> | undefined) };
  res.writeHead(result.statusCode, headers);
  res.end(
    result.body === undefined
      ? undefined
      : Buffer.from(result.body, result.isBase64Encoded ? "base64" : "utf8"),
  );
};

const dispatch = async (req: IncomingMessage, devKeys: DevKeys, staticDir?: string): Promise<HttpResult> => {
  const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
  const method = req.method ?? "GET";
  if (method === "OPTIONS") return { statusCode: 204 };
  const file = staticDir === undefined ? undefined : serveStatic(staticDir, method, url.pathname);
  if (file) return file;
  const body = await readBody(req);
  if (!body) return problem(413, "payload-too-large", "Anfrage zu groß", "Die Anfrage ist größer als 6 MB.");
  const dev = await handleDevRoute(method, url.pathname, body.toString("utf8"), devKeys);
  if (dev) return dev;
  const match = matchRoute(ROUTES, method, url.pathname);
  if (match.kind === "not-found")
    return problem(404, "not-found", "Nicht gefunden", `Unbekannter Pfad ${url.pathname}.`);
  if (match.kind === "method-not-allowed")
    return problem(
      405,
      "method-not-allowed",
      "Methode nicht erlaubt",
      `Erlaubt: ${match.allowed.join(", ")}.`,
      {},
      { allow: match.allowed.join(", ") },
    );
  const event = toEvent(req, url, body, `${match.route.method} ${match.route.path}`, match.pathParameters);
  return (await loadHandler(match.route))(event);
};

/**
 * The HTTP API on a Node `http` server: requests become API Gateway v2 events for the same handler
 * modules the Lambdas run, plus the /dev routes (login) that exist only here.
 */
export const startLocalServer = async ({
  deps,
  devKeys,
  port = 3000,
  host = "127.0.0.1",
  staticDir,
  https,
}: LocalServerOptions): Promise<LocalServer> => {
  setContext({
    ...deps,
    verifyToken: createJwtVerifier({ issuer: DEV_ISSUER, audience: DEV_AUDIENCE, jwks: devKeys.jwks }),
  });
  const listener: RequestListener = (req, res) => {
    const cors = corsHeaders(req.headers.origin);
    dispatch(req, devKeys, staticDir).then(
      (result) => send(res, result, cors),
      (err: unknown) => {
        console.error("Lokaler Server: unerwarteter Fehler", err);
        send(
          res,
          problem(500, "internal", "Interner Fehler", "Ein unerwarteter Fehler ist aufgetreten."),
          cors,
        );
      },
    );
  };
  const server = createServer(listener);
  const secure = https && createHttpsServer({ cert: https.cert, key: https.key }, listener);
  // Benchmarks open many connections at once; the default backlog would refuse some.
  const listen = (s: typeof server | NonNullable<typeof secure>, p: number) =>
    new Promise<void>((resolve, reject) => {
      s.once("error", reject);
      s.listen({ port: p, host, backlog: 1024 }, resolve);
    });
  await listen(server, port);
  if (secure) await listen(secure, https.port);
  const address = server.address() as AddressInfo;
  const close = (s: typeof server | NonNullable<typeof secure>) =>
    new Promise<void>((resolve) => {
      s.closeAllConnections();
      s.close(() => resolve());
    });
  return {
    url: `http://${host}:${address.port}`,
    ...(secure && { httpsUrl: `https://localhost:${(secure.address() as AddressInfo).port}` }),
    close: async () => {
      await close(server);
      if (secure) await close(secure);
    },
  };
};
