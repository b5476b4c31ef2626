import type { APIGatewayProxyEventV2 } from "aws-lambda";
import type { z } from "zod";
import { germanErrors } from "../core/german-errors";
import type {
  RouteDefinition,
  RouteJsonBody,
  RoutePath,
  RouteQuery,
} from "../../shared/api/route-definition";
import { badRequest } from "./request-error";

/** "kommentare › 0 › text: Ungültige Eingabe …" – one German line per zod issue. */
export const describeIssues = (issues: readonly z.core.$ZodIssue[]): string[] =>
  issues.map((i) => (i.path.length ? `${i.path.map(String).join(" › ")}: ${i.message}` : i.message));

/** Parses with German messages; a failure is a 400 listing every issue. */
export const parseWith = <T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> => {
  const result = schema.safeParse(value, { error: germanErrors });
  if (!result.success) throw badRequest(`${what} ist ungültig.`, describeIssues(result.error.issues));
  return result.data;
};

/** The raw body: API Gateway base64-encodes binary uploads (xlsx) and may do so for text too. */
export const readBody = (event: APIGatewayProxyEventV2): Buffer =>
  Buffer.from(event.body ?? "", event.isBase64Encoded ? "base64" : "utf8");

export const readHeader = (event: APIGatewayProxyEventV2, name: string): string | undefined => {
  const wanted = name.toLowerCase();
  const hit = Object.entries(event.headers ?? {}).find(([key]) => key.toLowerCase() === wanted);
  return hit?.[1];
};

/** The media type without parameters, lower case: "application/json; charset=utf-8" → "application/json". */
export const readContentType = (event: APIGatewayProxyEventV2): string =>
  (readHeader(event, "content-type") ?? "").split(";")[0]!.trim().toLowerCase();

export const readJson = (event: APIGatewayProxyEventV2): unknown => {
  const text = readBody(event).toString("utf8");
  if (!text.trim()) throw badRequest("Die Anfrage hat keinen Inhalt; erwartet wird JSON.");
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest("Der Inhalt der Anfrage ist kein gültiges JSON.");
  }
};

/** The JSON body, parsed with the route's own `application/json` schema: handler and docs cannot drift. */
export const parseJsonBody = <R extends RouteDefinition>(
  event: APIGatewayProxyEventV2,
  route: R,
): RouteJsonBody<R> => {
  const schema = route.body?.["application/json"];
  if (!schema || schema === "binary") throw new Error(`${route.id} declares no JSON body`);
  return parseWith(schema, readJson(event), "Der Inhalt der Anfrage") as RouteJsonBody<R>;
};

/** Path parameters, parsed with the route's `pathParams` (what /openapi.json documents). */
export const parsePath = <R extends RouteDefinition>(event: APIGatewayProxyEventV2, route: R): RoutePath<R> =>
  (route.pathParams
    ? parseWith(route.pathParams, event.pathParameters ?? {}, "Der Pfad")
    : {}) as RoutePath<R>;

/** The query, parsed with the route's `query` schema. */
export const parseQuery = <R extends RouteDefinition>(
  event: APIGatewayProxyEventV2,
  route: R,
): RouteQuery<R> =>
  (route.query
    ? parseWith(route.query, event.queryStringParameters ?? {}, "Die Abfrage")
    : {}) as RouteQuery<R>;
