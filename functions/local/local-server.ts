import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { createJwtVerifier } from "../auth/verify-token";
import type { ServiceDeps } from "../core/service-deps";
import { setContext } from "../http/context";
import type { HttpResult } from "../http/json";
import { logger } from "../http/logger";
import { problem } from "../http/problem";
import { handlerEntry, ROUTES, type Route } from "../routes";
import { corsHeaders } from "./cors";
import { DEV_AUDIENCE, DEV_ISSUER, type DevKeys } from "./dev-keys";
import { handleDevRoute } from "./dev-routes";
import { matchRoute } from "./match-route";
import { serveStatic } from "./serve-static";
import { serveOfficeJs, withLocalOfficeJs } from "./local-office-js";
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
/** API Gateway's HTTP API gives up after 30 s too. */
const REQUEST_TIMEOUT_MS = 30_000;

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

/**
 * The body, or undefined as soon as it passes MAX_BODY (a declared Content-Length over it is refused
 * before a byte is read): an endless chunked upload is answered with 413 at the limit, not read on.
 */
const readBody = (req: IncomingMessage) =>
  new Promise<Buffer | undefined>((resolve, reject) => {
    if (Number(req.headers["content-length"] ?? 0) > MAX_BODY) return resolve(undefined);
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) return void chunks.push(chunk);
      req.off("data", onData);
      req.pause();
      resolve(undefined);
    };
    req.on("data", onData);
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });

const send = (res: ServerResponse, result: HttpResult, extraHeaders: Record<string, string>) => {
  const headers = { ...extraHeaders, ...(result.headers as Record<string, string> | undefined) };
  // A refused body was not read to its end: close the connection rather than drain it – a moment
  // after the answer, so the client can read it (closing with unread input would reset it at once).
  if (result.statusCode === 413) {
    headers.connection = "close";
    res.once("finish", () => setTimeout(() => res.req.destroy(), 1_000).unref());
  }
  res.writeHead(result.statusCode, headers);
  res.end(
    result.body === undefined
      ? undefined
      : Buffer.from(result.body, result.isBase64Encoded ? "base64" : "utf8"),
  );
};

const dispatch = async (req: IncomingMessage, devKeys: DevKeys, staticDir?: string): Promise<HttpResult> => {
  // Never the client's Host header as base: a malformed one made `new URL` throw (a 500).
  const url = new URL(req.url ?? "/", "http://localhost");
  const method = req.method ?? "GET";
  if (method === "OPTIONS") return { statusCode: 204 };
  // Office.js from the npm package, not Microsoft's CDN: offline (production pages keep the CDN).
  const file =
    staticDir === undefined
      ? undefined
      : (serveOfficeJs(method, url.pathname) ??
        withLocalOfficeJs(serveStatic(staticDir, method, url.pathname)));
  if (file) return file;
  const body = await readBody(req);
  if (!body)
    return problem(
      413,
      "payload-too-large",
      "Anfrage zu groß",
      "Die Anfrage ist größer als 6 MB und wurde nicht gelesen.",
    );
  const dev = await handleDevRoute(method, url.pathname, body.toString("utf8"), devKeys);
  if (dev) return dev;
  const match = matchRoute(ROUTES, method, url.pathname);
  if (match.kind === "malformed")
    return problem(400, "bad-request", "Ungültige Anfrage", "Der Pfad enthält eine ungültige %-Kodierung.");
  if (match.kind === "not-found")
    return problem(404, "not-found", "Nicht gefunden", "Diesen Pfad gibt es nicht.");
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
        // Name only: an error's message or properties may quote the URL, its query or the body.
        logger.error("unexpected error", { errorName: err instanceof Error ? err.name : typeof err });
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
  // Requests Node's parser refuses (a malformed header, a bad Host) get problem+json too, not the
  // bare "400 Bad Request" Node writes by default.
  const onClientError = (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable) return void socket.destroy();
    const status =
      err.code === "HPE_HEADER_OVERFLOW" ? 431 : err.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
    const body = JSON.stringify({
      type: "bad-request",
      title: "Ungültige Anfrage",
      status,
      detail: "Die Anfrage ist kein gültiges HTTP (Kopfzeilen oder Aufbau fehlerhaft).",
    });
    socket.end(
      `HTTP/1.1 ${status} Bad Request\r\ncontent-type: application/problem+json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  };
  for (const s of secure ? [server, secure] : [server]) {
    s.on("clientError", onClientError);
    // A client that sends its headers or body slower than this is cut off (Node's default is 300 s).
    s.requestTimeout = REQUEST_TIMEOUT_MS;
    s.headersTimeout = REQUEST_TIMEOUT_MS;
  }
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
