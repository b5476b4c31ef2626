import type * as z from "zod";
import { ApiError, NetworkError, ResponseMismatchError } from "./api-errors";
import { problemSchema } from "./problem-schema";
import {
  pathOf,
  queryString,
  type DownloadedFile,
  type RouteDefinition,
  type RoutePath,
  type RouteQuery,
  type RouteResult,
} from "./route-definition";
import { routeById, type RouteId, type RouteOf } from "./routes";

/** What the client needs of `fetch` (shared/ has no DOM types); the global fetch fits. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string | Uint8Array<ArrayBuffer> },
) => Promise<{
  status: number;
  ok: boolean;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
  /** The body as it arrives (fetch's ReadableStream); read only to report progress. */
  body?: { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }> } } | null;
}>;

/** Told the bytes received so far while a file downloads (a streamed archive has no length). */
export type OnProgress = (received: number) => void;

export interface CallerOptions {
  baseUrl: string;
  /** The bearer token for the next request (renewed by the sign-in before it expires). */
  token: () => Promise<string | undefined> | string | undefined;
  /** After a 401: a fresh token, or undefined; the request is then sent once more, body unchanged. */
  renew?: () => Promise<string | undefined>;
  /** Injected; without it the global fetch at the time of the call. */
  fetch?: FetchLike;
  /**
   * Where routes marked `streamed` answer when deployed (the archive's function URL, stack output
   * ArchiveUrl); without it they go to `baseUrl` like every route (the local server).
   */
  streamBaseUrl?: string;
}

type JsonPart<B> = B extends { "application/json": infer S extends z.ZodType } ? { json: z.input<S> } : never;
type BinaryPart<B> = {
  [K in keyof B]: B[K] extends "binary" ? { bytes: Uint8Array; mediaType: K } : never;
}[keyof B];
type HeaderName<R> = R extends { headers: readonly { name: infer N extends string }[] } ? N : never;

/** The input of route `R`, typed from its schemas: path and query as parsed, the body as sent. */
export type CallInput<R> = (R extends { pathParams: z.ZodType } ? { path: RoutePath<R> } : { path?: never }) &
  (R extends { query: z.ZodType }
    ? Record<string, never> extends RouteQuery<R>
      ? { query?: RouteQuery<R> }
      : { query: RouteQuery<R> }
    : { query?: never }) &
  (R extends { body: infer B } ? { body: JsonPart<B> | BinaryPart<B> } : { body?: never }) & {
    headers?: Partial<Record<HeaderName<R>, string>>;
    onProgress?: OnProgress;
  };

type Args<Id extends RouteId> =
  Record<string, never> extends CallInput<RouteOf<Id>>
    ? [input?: CallInput<RouteOf<Id>>]
    : [input: CallInput<RouteOf<Id>>];

const issuesOf = (error: z.ZodError) =>
  error.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join(" › ")}: ${i.message}` : i.message));

/** The body chunk by chunk, `onProgress` told after each; one copy into place at the end. */
const readWithProgress = async (
  body: NonNullable<Awaited<ReturnType<FetchLike>>["body"]>,
  onProgress: OnProgress,
) => {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    if (!next.value) continue;
    chunks.push(next.value);
    received += next.value.byteLength;
    onProgress(received);
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
};

/** The attachment's name from Content-Disposition; "" when the answer names none. */
const fileNameOf = (header: string | null) => /filename="([^"]+)"/.exec(header ?? "")?.[1] ?? "";

/**
 * `call(id, { path, query, body })`: the path from the route, the method from the route, and the
 * answer checked against the route's documented status and schema before anyone reads it.
 */
export const createRouteCaller = ({
  baseUrl,
  token,
  renew,
  fetch: fetchFn,
  streamBaseUrl,
}: CallerOptions) => {
  const send = async (route: RouteDefinition, input: Record<string, unknown>, bearer: string | undefined) => {
    const { path, query, body, headers } = input as {
      path?: Record<string, unknown>;
      query?: Record<string, unknown>;
      body?: { json: unknown } | { bytes: Uint8Array<ArrayBuffer>; mediaType: string };
      headers?: Record<string, string>;
    };
    const sent: Record<string, string> = { ...headers };
    if (bearer) sent.authorization = `Bearer ${bearer}`;
    if (body) sent["content-type"] = "json" in body ? "application/json" : body.mediaType;
    const doFetch = fetchFn ?? (globalThis as unknown as { fetch: FetchLike }).fetch;
    try {
      // The body is a string or bytes, never a stream: it can go out a second time unchanged.
      const base = route.streamed && streamBaseUrl ? streamBaseUrl.replace(/\/$/, "") : baseUrl;
      return await doFetch(`${base}${pathOf(route, path)}${queryString(query)}`, {
        method: route.method,
        headers: sent,
        ...(body && { body: "json" in body ? JSON.stringify(body.json) : body.bytes }),
      });
    } catch {
      throw new NetworkError();
    }
  };

  return async <Id extends RouteId>(id: Id, ...args: Args<Id>): Promise<RouteResult<RouteOf<Id>>> => {
    const route: RouteDefinition = routeById(id);
    const input = (args as unknown as [Record<string, unknown>?])[0] ?? {};
    let response = await send(route, input, await token());
    if (response.status === 401 && renew) {
      const renewed = await renew();
      if (renewed) response = await send(route, input, renewed);
    }
    if (!response.ok) {
      const problem = problemSchema.partial().safeParse(await response.json().catch(() => ({})));
      throw new ApiError(response.status, problem.success ? problem.data : {});
    }
    const { success } = route;
    const statuses = [
      success.status,
      ...("alsoStatus" in success && success.alsoStatus ? [success.alsoStatus] : []),
    ];
    if (!statuses.includes(response.status))
      throw new ResponseMismatchError(id, [`Status ${response.status} statt ${statuses.join(" oder ")}`]);
    if (success.schema === "binary") {
      const { onProgress } = input as { onProgress?: OnProgress };
      const file: DownloadedFile = {
        bytes:
          onProgress && response.body
            ? await readWithProgress(response.body, onProgress)
            : new Uint8Array(await response.arrayBuffer()),
        fileName: fileNameOf(response.headers.get("content-disposition")),
      };
      return file as RouteResult<RouteOf<Id>>;
    }
    const parsed = success.schema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new ResponseMismatchError(id, issuesOf(parsed.error));
    return parsed.data as RouteResult<RouteOf<Id>>;
  };
};

export type RouteCaller = ReturnType<typeof createRouteCaller>;
