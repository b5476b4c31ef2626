import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import type { TLSSocket } from "node:tls";
import { createJwtVerifier, type TokenVerifier } from "../functions/auth/verify-token";
import type { ServiceDeps } from "../functions/core/service-deps";
import { setContext } from "../functions/http/context";
import type { HttpResult } from "../functions/http/json";
import { logger } from "../functions/http/logger";
import { problem } from "../functions/http/problem";
import { API_SECURITY_HEADERS, taskPaneHeaders } from "../functions/http/security-headers";
import { handlerEntry } from "../functions/handler-entry";
import { ROUTES, type Route } from "../shared/api/routes";
import { corsHeaders } from "./cors";
import { DEV_AUDIENCE, DEV_ISSUER, type DevKeys } from "./dev-keys";
import { handleDevRoute } from "./dev-routes";
import { guardRequest, loopbackHosts } from "./guard-request";
import { lingerClose } from "./linger-close";
import { matchRoute } from "./match-route";
import { onClientError } from "./on-client-error";
import { serveStatic } from "./serve-static";
import { serveOfficeJs, withLocalOfficeJs } from "./local-office-js";
import { toEvent } from "./to-event";

export interface LocalServerOptions {
  deps: ServiceDeps;
  devKeys: DevKeys;
  port?: number;
  /** Loopback only (127.0.0.1, ::1, localhost): the dev login mints tokens without a password. */
  host?: string;
  /** Cut-off for a request's headers and body; API Gateway's 30 s unless a test needs less. */
  requestTimeoutMs?: number;
  /** The built task pane, served on the same origin (local development and browser tests). */
  staticDir?: string;
  /**
   * A second listener over HTTPS (Excel loads add-ins only over HTTPS): port and the certificate
   * office-addin-dev-certs installs. It serves the same API and task pane.
   */
  https?: { port: number; cert: Buffer; key: Buffer };
  /**
   * A real identity provider's verifier instead of the dev keys' (the Lambdas' `verifierFromEnv`
   * with issuer, audience and JWKS URL), so production-shaped tests run the deployed verify path.
   */
  verifyToken?: TokenVerifier;
}

export interface LocalServer {
  url: string;
  /** The HTTPS listener's URL, when one was asked for. */
  httpsUrl?: string;
  close: () => Promise<void>;
  /** Sockets the listeners hold open right now (tests count them after a 408 or 413). */
  openConnections: () => Promise<number>;
}

/** The Lambda payload limit; API Gateway would refuse more before any handler ran. */
const MAX_BODY = 6 * 1024 * 1024;
/** API Gateway's HTTP API gives up after 30 s too. */
const REQUEST_TIMEOUT_MS = 30_000;
const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);
/** Answers after which the connection is closed: the request was not (fully) read. */
const CLOSING = new Set([408, 413, 417]);

type Lambda = (event: APIGatewayProxyEventV2) => Promise<HttpResult>;

/**
 * Loads a route's handler like the Lambda runtime would: by its module, named in the route table.
 * Cached: every import() goes through the loader's resolve hook, which costs more than the request.
 */
const handlers = new Map<string, Promise<Lambda>>();
const loadHandler = (route: Route): Promise<Lambda> => {
  let loaded = handlers.get(route.handler);
  if (!loaded) {
    loaded = import(`../${handlerEntry(route)}`).then((m: { handler: Lambda }) => m.handler);
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

const send = (
  req: IncomingMessage,
  res: ServerResponse,
  result: HttpResult,
  extraHeaders: Record<string, string>,
) => {
  const headers = { ...extraHeaders, ...(result.headers as Record<string, string> | undefined) };
  // A refused body was not read to its end: close the connection rather than drain it, and let go of
  // the socket after a bounded linger, so a client that never reads cannot keep it. A body read
  // to its end and refused by a handler (a workbook over the reader's bounds: 413) keeps the
  // connection – destroying it then could reset it before the client has read the answer.
  if (CLOSING.has(result.statusCode) && !req.complete) {
    headers.connection = "close";
    res.once("finish", () => lingerClose(req, res.socket));
  }
  const body =
    result.body === undefined
      ? undefined
      : Buffer.from(result.body, result.isBase64Encoded ? "base64" : "utf8");
  if (body) headers["content-length"] = String(body.byteLength);
  res.writeHead(result.statusCode, headers);
  res.end(body);
};

const dispatch = async (
  req: IncomingMessage,
  devKeys: DevKeys,
  allowedHosts: ReadonlySet<string>,
  staticDir?: string,
): Promise<HttpResult> => {
  const refused = guardRequest(req, allowedHosts);
  if (refused) return refused;
  // Never the client's Host header as base: a malformed one made `new URL` throw (a 500).
  const url = new URL(req.url ?? "/", "http://localhost");
  const method = req.method ?? "GET";
  if (method === "OPTIONS") return { statusCode: 204, headers: { ...API_SECURITY_HEADERS } };
  const paneHeaders = taskPaneHeaders({
    connectSources: [],
    https: Boolean((req.socket as TLSSocket).encrypted),
    upgradeInsecureRequests: Boolean((req.socket as TLSSocket).encrypted),
  });
  // Office.js from the npm package, not Microsoft's CDN: offline (production pages keep the CDN).
  const file =
    staticDir === undefined
      ? undefined
      : (serveOfficeJs(method, url.pathname) ??
        withLocalOfficeJs(serveStatic(staticDir, method, url.pathname, paneHeaders)));
  if (file) return file;
  const body = await readBody(req);
  if (!body)
    return problem(
      413,
      "payload-too-large",
      "Anfrage zu groß",
      "Die Anfrage ist größer als 6 MB und wurde nicht gelesen.",
    );
  const dev = await handleDevRoute(method, url.pathname, body.toString("utf8"), devKeys, req.headers);
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
  requestTimeoutMs = REQUEST_TIMEOUT_MS,
  verifyToken,
}: LocalServerOptions): Promise<LocalServer> => {
  if (!LOOPBACK.has(host))
    throw new Error(
      `Der lokale Server bindet nur an Loopback (127.0.0.1, ::1, localhost), nicht an „${host}“: seine Demo-Anmeldung braucht kein Passwort.`,
    );
  let allowedHosts: ReadonlySet<string> = new Set();
  const listener: RequestListener = (req, res) => {
    const cors = corsHeaders(req.headers.origin);
    dispatch(req, devKeys, allowedHosts, staticDir).then(
      (result) => send(req, res, result, cors),
      (err: unknown) => {
        // Name only: an error's message or properties may quote the URL, its query or the body.
        logger.error("unexpected error", { errorName: err instanceof Error ? err.name : typeof err });
        send(
          req,
          res,
          problem(500, "internal", "Interner Fehler", "Ein unerwarteter Fehler ist aufgetreten."),
          cors,
        );
      },
    );
  };
  // Node would answer a missing Host and an unknown Expect itself, with bare bodies; guardRequest
  // and the checkExpectation listener answer them as problem+json. The timeout is checked every
  // `connectionsCheckingInterval`, so it follows the cut-off.
  const serverOptions = {
    requireHostHeader: false,
    connectionsCheckingInterval: Math.min(requestTimeoutMs, 30_000),
  };
  const server = createServer(serverOptions, listener);
  const secure = https && createHttpsServer({ ...serverOptions, cert: https.cert, key: https.key }, listener);
  for (const s of secure ? [server, secure] : [server]) {
    s.on("clientError", onClientError);
    s.on("checkExpectation", (req: IncomingMessage, res: ServerResponse) =>
      send(
        req,
        res,
        problem(
          417,
          "expectation-failed",
          "Erwartung nicht erfüllbar",
          "Die Kopfzeile „Expect“ wird nur als „100-continue“ unterstützt; bitte ohne sie senden.",
        ),
        corsHeaders(req.headers.origin),
      ),
    );
    // A client that sends its headers or body slower than this is cut off (Node's default is 300 s).
    s.requestTimeout = requestTimeoutMs;
    s.headersTimeout = requestTimeoutMs;
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
  const ports = [address.port, ...(secure ? [(secure.address() as AddressInfo).port] : [])];
  allowedHosts = loopbackHosts(ports);
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
  setContext({
    ...deps,
    verifyToken:
      verifyToken ?? createJwtVerifier({ issuer: DEV_ISSUER, audience: DEV_AUDIENCE, jwks: devKeys.jwks }),
    // Links in generated workbooks point here: configuration, never the request's Host.
    publicApiUrl: url,
  });
  const close = (s: typeof server | NonNullable<typeof secure>) =>
    new Promise<void>((resolve) => {
      s.closeAllConnections();
      s.close(() => resolve());
    });
  const count = (s: typeof server | NonNullable<typeof secure>) =>
    new Promise<number>((resolve, reject) => s.getConnections((err, n) => (err ? reject(err) : resolve(n))));
  return {
    url,
    ...(secure && { httpsUrl: `https://localhost:${ports[1]}` }),
    close: async () => {
      await close(server);
      if (secure) await close(secure);
    },
    openConnections: async () => (await count(server)) + (secure ? await count(secure) : 0),
  };
};
