import type { APIGatewayProxyEventV2 } from "aws-lambda";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { authenticate } from "../auth/authenticate";
import { archiveFilename, exportArchive, type ArchiveScope } from "../core/export-archive";
import type { PdfRenderer } from "../core/pdf-renderer";
import type { Principal } from "../core/principal";
import { requireKnownTraeger } from "../core/require-assignment";
import { getDeps, getVerifier } from "../http/context";
import type { HttpResult } from "../http/json";
import { logger } from "../http/logger";
import { problem } from "../http/problem";
import { parsePath, readHeader } from "../http/read-request";
import { API_SECURITY_HEADERS } from "../http/security-headers";
import { toProblem } from "../http/to-problem";
import { matchArchiveRoute } from "./match-archive-route";

/** What the runtime's `awslambda.HttpResponseStream` offers: status and headers before the body. */
export interface ResponseStreamFactory {
  from(stream: Writable, prelude: { statusCode: number; headers: Record<string, string> }): Writable;
}

/**
 * Lambda response streaming answers at most 200 MB (AWS quota, Dec 2026). Past it the runtime would
 * cut the body anyway; stopping here first logs why, and the client sees a broken download – never
 * a zip that looks whole. docs/records.md says what to do then (per-filing archives).
 */
export const MAX_STREAMED_ARCHIVE_BYTES = 200 * 1024 * 1024;

class StreamLimitReached extends Error {}

/** The most bytes handed to the response stream in one write. */
export const STREAM_SLICE_BYTES = 64 * 1024;

const answer = (stream: Writable, http: ResponseStreamFactory, result: HttpResult) => {
  const body = http.from(stream, {
    statusCode: result.statusCode,
    headers: (result.headers ?? {}) as Record<string, string>,
  });
  body.end(result.body ?? "");
};

/**
 * The archive routes on a Lambda function URL with response streaming (InvokeMode RESPONSE_STREAM):
 * the same token check as every API handler (the URL itself has no authorizer), then the zip as it
 * is written, chunk by chunk, waiting whenever the stream asks to (`write` false → `drain`). So the
 * archive has no 6 MB bound and the function holds one file at a time, whatever the year's size.
 */
export const streamArchive = async (
  event: APIGatewayProxyEventV2,
  stream: Writable,
  http: ResponseStreamFactory,
  renderer: () => PdfRenderer,
): Promise<void> => {
  const started = performance.now();
  const requestId = event.requestContext?.requestId ?? "lokal";
  const match = matchArchiveRoute(event.requestContext?.http?.method ?? "GET", event.rawPath ?? "");
  const log = (status: number, more: Record<string, unknown> = {}) =>
    logger.info("request", {
      requestId,
      route: match ? `${match.route.method} ${match.route.path}` : "archive-stream",
      status,
      durationMs: Math.round(performance.now() - started),
      streamed: true,
      ...more,
    });
  if (!match) {
    log(404);
    return answer(stream, http, problem(404, "not-found", "Nicht gefunden", "Diesen Pfad gibt es nicht."));
  }
  let request: { principal: Principal; scope: ArchiveScope };
  try {
    const principal = await authenticate(readHeader(event, "authorization"), getVerifier());
    requireKnownTraeger(principal);
    const path = parsePath({ ...event, pathParameters: match.pathParameters }, match.route);
    request = { principal, scope: "id" in path ? { filingId: path.id } : (path as ArchiveScope) };
  } catch (err) {
    const result = toProblem(err, requestId);
    log(result.statusCode);
    return answer(stream, http, result);
  }
  const { principal, scope } = request;
  let body: Writable | undefined;
  let sent = 0;
  try {
    const summary = await exportArchive(principal, scope, getDeps(), renderer(), async (chunk) => {
      // Status and headers go out with the first byte, once the principal may see the scope.
      body ??= http.from(stream, {
        statusCode: 200,
        headers: {
          ...API_SECURITY_HEADERS,
          "content-type": "application/zip",
          "cache-control": "no-store",
          "content-disposition": `attachment; filename="${archiveFilename(scope)}"`,
        },
      });
      sent += chunk.byteLength;
      if (sent > MAX_STREAMED_ARCHIVE_BYTES) throw new StreamLimitReached();
      // In slices, so a 3 MB upload waits for the reader too and the stream's buffer stays small.
      for (let at = 0; at < chunk.byteLength; at += STREAM_SLICE_BYTES)
        if (!body.write(chunk.subarray(at, at + STREAM_SLICE_BYTES))) await once(body, "drain");
    });
    body!.end();
    await once(body!, "finish");
    log(200, { items: summary.files, filings: summary.filings, bytes: summary.bytes });
  } catch (err) {
    if (!body) {
      const result = toProblem(err, requestId);
      log(result.statusCode);
      return answer(stream, http, result);
    }
    // Headers are out: the status cannot change. Break the body off so no client keeps half a zip.
    logger.error("archive stream broken off", {
      requestId,
      bytes: sent,
      errorName:
        err instanceof StreamLimitReached
          ? "StreamLimitReached"
          : err instanceof Error
            ? err.name
            : typeof err,
    });
    body.destroy(err instanceof Error ? err : new Error("archive stream failed"));
  }
};
