import type { z } from "zod";

/** Path and query parameters arrive as strings: an object schema whose fields coerce them. */
export type ParamsSchema = z.ZodObject<z.ZodRawShape>;

/** A documented request header; its value is parsed with `schema` at the edge. */
export interface HeaderDefinition {
  name: string;
  description: string;
  schema: z.ZodType<string>;
}

/** The success answer: JSON validated against `schema`, or a file (`"binary"`) of `mediaType`. */
export type SuccessDefinition =
  | {
      status: number;
      description: string;
      schema: z.ZodType;
      /** A second success status with the same body (200 for an idempotent replay of a 201). */
      alsoStatus?: number;
    }
  | { status: number; description: string; schema: "binary"; mediaType: string };

/**
 * One route: everything the handler, the OpenAPI document, the local server, CDK and the client need.
 * Pure data plus zod, so it bundles for the browser.
 */
export interface RouteDefinition {
  id: string;
  method: "GET" | "POST" | "PUT";
  /** API Gateway syntax: `{name}` is a path parameter, named in `pathParams`. */
  path: string;
  /** Folder under functions/ that holds `handler.ts`. */
  handler: string;
  auth: boolean;
  /** German, shown in the OpenAPI document. */
  summary: string;
  pathParams?: ParamsSchema;
  query?: ParamsSchema;
  headers?: readonly HeaderDefinition[];
  /** Media type → schema; `"binary"` is an upload of that media type (bytes, read by the handler). */
  body?: Readonly<Record<string, z.ZodType | "binary">>;
  success: SuccessDefinition;
  /** Problem statuses besides 400 (any parameter or body), 401 (auth) and 500, which are implied. */
  problems: readonly number[];
  /**
   * Deployed, also answered by a Lambda function URL with response streaming (no 6 MB bound): the
   * client sends the request there when it is given a `streamBaseUrl` (docs/records.md).
   */
  streamed?: boolean;
}

type ParamNames<P extends string> = P extends `${string}{${infer N}}${infer Rest}`
  ? N | ParamNames<Rest>
  : never;

/**
 * `true` when a route's `pathParams` names exactly the `{…}` of its path (none for a path without
 * any): a route that forgets a parameter, or documents one its path lacks, fails the type check.
 */
export type PathParamsMatch<R extends RouteDefinition> = [ParamNames<R["path"]>] extends [never]
  ? R extends { pathParams: ParamsSchema }
    ? false
    : true
  : R extends { pathParams: z.ZodObject<infer S> }
    ? [keyof S] extends [ParamNames<R["path"]>]
      ? [ParamNames<R["path"]>] extends [keyof S]
        ? true
        : false
      : false
    : false;

/** A route's path with its parameters filled in (each URL-encoded): the only way a client builds one. */
export const pathOf = (route: Pick<RouteDefinition, "path">, params: Record<string, unknown> = {}): string =>
  route.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Pfadparameter „${name}“ fehlt für ${route.path}.`);
    return encodeURIComponent(String(value as string | number));
  });

/** "?a=1&b=x" from the defined values of `query` ("" when none). */
export const queryString = (query: Record<string, unknown> = {}): string => {
  const pairs = Object.entries(query).flatMap(([k, v]) =>
    v === undefined ? [] : [`${encodeURIComponent(k)}=${encodeURIComponent(String(v as string | number))}`],
  );
  return pairs.length ? `?${pairs.join("&")}` : "";
};

type Empty = Record<string, never>;

/** The parsed path parameters of route `R` (`{}` for a path without any). */
export type RoutePath<R> = R extends { pathParams: infer S extends z.ZodType } ? z.output<S> : Empty;

/** The parsed query of route `R` (`{}` for a route without one). */
export type RouteQuery<R> = R extends { query: infer S extends z.ZodType } ? z.output<S> : Empty;

/** The JSON body of route `R` as parsed (`never` for a route without a JSON body). */
export type RouteJsonBody<R> = R extends { body: { "application/json": infer S extends z.ZodType } }
  ? z.output<S>
  : never;

/** The success answer of route `R`: parsed JSON, or bytes with a file name for a download. */
export type RouteResult<R> = R extends { success: { schema: infer S } }
  ? S extends z.ZodType
    ? z.output<S>
    : DownloadedFile
  : never;

/** A file the API sends as an attachment: its bytes and the name it suggests. */
export interface DownloadedFile {
  bytes: Uint8Array;
  fileName: string;
}
