import * as z from "zod";
import { filingSchema } from "../../shared/filing/filing";
import { programParamsSchema } from "../../shared/programme/program-params";
import { findingSchema } from "../../shared/rules/finding";
import * as api from "../../shared/api/api-schemas";
import { problemSchema } from "../../shared/api/problem-schema";
import { ROUTES, type RouteDefinition } from "../../shared/api/routes";

type JsonSchema = Record<string, unknown>;

/** Named components; any of these met inside another schema becomes a $ref. */
const COMPONENTS: Record<string, z.ZodType> = {
  Filing: filingSchema,
  Finding: findingSchema,
  Problem: problemSchema,
  ProgramParams: programParamsSchema,
  StoredParams: api.storedParamsSchema,
  SubmitResponse: api.submitResponseSchema,
  FilingSummary: api.filingSummarySchema,
  MissingFiling: api.missingFilingSchema,
  ListResponse: api.listResponseSchema,
  VersionRecord: api.versionRecordSchema,
  AuditEntry: api.auditEntrySchema,
  FilingDetail: api.filingDetailSchema,
  DiffResponse: api.diffResponseSchema,
  ReviewRequest: api.reviewRequestSchema,
  ReviewResponse: api.reviewResponseSchema,
};

const PROBLEM_TITLES: Record<number, string> = {
  400: "Ungültige Anfrage (Details in `issues`)",
  401: "Nicht angemeldet oder Token ungültig",
  403: "Keine Berechtigung für diese Aktion",
  404: "Nicht gefunden (auch: Vorgang eines anderen Trägers)",
  409: "Konflikt mit dem aktuellen Stand des Vorgangs",
  413: "Anfrage zu groß",
  415: "Format nicht unterstützt",
  422: "Einreichung mit Fehlern – alle Befunde in `findings`, nichts gespeichert",
  500: "Interner Fehler",
  503: "Vorübergehend nicht verfügbar – bitte später erneut versuchen",
};

const strip = ({ $schema: _s, $id: _i, ...rest }: JsonSchema): JsonSchema => rest;

const ref = (schema: z.ZodType): JsonSchema => {
  const name = Object.entries(COMPONENTS).find(([, s]) => s === schema)?.[0];
  return name ? { $ref: `#/components/schemas/${name}` } : strip(z.toJSONSchema(schema) as JsonSchema);
};

/** Path, query and header parameters; descriptions come from the zod schemas' `.describe()`. */
const parameters = (doc: RouteDefinition) => {
  const from = (where: "path" | "query", object: RouteDefinition["query"]) =>
    Object.entries(object?.shape ?? {}).map(([name, field]) => {
      const { description, ...schema } = strip(
        z.toJSONSchema(field as z.ZodType, { io: "input" }) as JsonSchema,
      );
      return {
        name,
        in: where,
        required: where === "path" || !(field as z.ZodType).safeParse(undefined).success,
        description,
        schema,
      };
    });
  const headers = (doc.headers ?? []).map(({ name, description, schema }) => ({
    name,
    description,
    in: "header",
    required: false,
    schema: strip(z.toJSONSchema(schema) as JsonSchema),
  }));
  return [...from("path", doc.pathParams), ...from("query", doc.query), ...headers];
};

const requestBody = (body: RouteDefinition["body"]) =>
  body && {
    required: true,
    content: Object.fromEntries(
      Object.entries(body).map(([type, schema]) => [
        type,
        { schema: schema === "binary" ? { type: "string", contentMediaType: type } : ref(schema) },
      ]),
    ),
  };

const responses = (doc: RouteDefinition) => {
  const success = doc.success;
  const { status, description, schema } = success;
  const mediaType = success.schema === "binary" ? success.mediaType : "application/json";
  const alsoStatus = success.schema === "binary" ? undefined : success.alsoStatus;
  const ok = {
    description,
    content: {
      [mediaType]: {
        schema: schema === "binary" ? { type: "string", contentMediaType: mediaType } : ref(schema),
      },
    },
    ...(schema === "binary" && {
      headers: {
        "Content-Disposition": {
          description: 'attachment; filename="…" (Name der Datei)',
          schema: { type: "string" },
        },
      },
    }),
  };
  const problem = (s: number) => [
    String(s),
    {
      description: PROBLEM_TITLES[s] ?? "Fehler",
      content: { "application/problem+json": { schema: ref(problemSchema) } },
    },
  ];
  const statuses = [
    ...(doc.pathParams || doc.query || doc.body || doc.headers ? [400] : []),
    ...(doc.auth ? [401] : []),
    ...doc.problems,
    500,
  ];
  return Object.fromEntries([
    [String(status), ok],
    ...(alsoStatus
      ? [[String(alsoStatus), { ...ok, description: "Wiederholung: bereits gespeichert" }]]
      : []),
    ...[...new Set(statuses)].sort().map(problem),
  ]);
};

const componentSchemas = (): Record<string, JsonSchema> => {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(COMPONENTS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, strip(s as JsonSchema)]));
};

/** The OpenAPI 3.1 document of every route in shared/api/routes.ts, generated from its zod schemas. */
export const buildOpenApi = () => {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES as readonly RouteDefinition[]) {
    const params = parameters(route);
    (paths[route.path] ??= {})[route.method.toLowerCase()] = {
      operationId: route.id,
      summary: route.summary,
      ...(params.length ? { parameters: params } : {}),
      ...(route.body ? { requestBody: requestBody(route.body) } : {}),
      responses: responses(route),
      security: route.auth ? [{ bearerAuth: [] }] : [],
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Förderbericht API",
      version: "1.0.0",
      description:
        "Verwendungsnachweis und Jahresbericht geförderter Träger, je Förderprogramm (GET /programmes nennt die Programme der Anmeldung). Beträge in Cent (ganzzahlig). Fehler als application/problem+json.",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT" } },
    },
  };
};
