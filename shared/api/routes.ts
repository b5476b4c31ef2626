import * as z from "zod";
import { filingSchema } from "../filing/filing";
import { programParamsSchema } from "../programme/program-params";
import {
  diffResponseSchema,
  draftRequestSchema,
  draftResponseSchema,
  filingDetailSchema,
  idempotencyKeySchema,
  listResponseSchema,
  programmeListSchema,
  reviewRequestSchema,
  reviewResponseSchema,
  storedParamsSchema,
  submitResponseSchema,
  versionRecordSchema,
} from "./api-schemas";
import {
  diffQuerySchema,
  filingPathSchema,
  listQueryParamsSchema,
  PDF_MEDIA_TYPE,
  programmeYearPathSchema,
  versionPathSchema,
  workbookQuerySchema,
  XLSX_MEDIA_TYPE,
} from "./edge-schemas";
import type { PathParamsMatch, RouteDefinition } from "./route-definition";

export type { RouteDefinition } from "./route-definition";

/** GET /openapi.json: checked as far as a client relies on it (a 3.1 document with paths). */
const openApiDocumentSchema = z.looseObject({
  openapi: z.literal("3.1.0"),
  paths: z.record(z.string(), z.unknown()),
});

/**
 * Every route of the HTTP API, each declared once: the handler parses with its schemas
 * (functions/http/define-handler.ts), the OpenAPI document, the local server, the CDK stack (one
 * Lambda per route, functions/routes.ts) and the one API client (shared/api/api-client.ts) read it,
 * and tests/api/route-contract.test.ts checks every real answer against it. Pure data plus zod.
 *
 * How to add a route (or convert one written in the old style with a ROUTE_DOCS entry):
 * 1. Put its request/response zod schemas in shared/api/<feature>-schemas.ts.
 * 2. Add one object below: id, method, path, handler folder, auth, German summary, pathParams/query/
 *    headers/body, success (status, description, schema or "binary" + mediaType), problems.
 * 3. Write functions/<handler>/handler.ts with defineHandler("<id>", ({ path, query, body }) => …).
 * 4. Call it with `api.call("<id>", { path, query, body })`; add it to authz-matrix and route-contract.
 * 5. `node scripts/typecheck.mjs` names whatever is still missing (pathParams vs. path, a matrix cell).
 */
export const ROUTES = [
  {
    id: "submitFiling",
    method: "POST",
    path: "/filings",
    handler: "submit-filing",
    auth: true,
    summary: "Verwendungsnachweis oder Jahresbericht einreichen (JSON oder .xlsx)",
    headers: [
      {
        name: "Idempotency-Key",
        description:
          "Wiederholte Einreichung mit demselben Schlüssel speichert keine neue Version (Antwort 200).",
        schema: idempotencyKeySchema,
      },
    ],
    body: { "application/json": filingSchema, [XLSX_MEDIA_TYPE]: "binary" },
    success: {
      status: 201,
      alsoStatus: 200,
      description: "Neue Version gespeichert",
      schema: submitResponseSchema,
    },
    problems: [403, 404, 409, 413, 415, 422],
  },
  {
    id: "listFilings",
    method: "GET",
    path: "/filings",
    handler: "list-filings",
    auth: true,
    summary: "Vorgänge eines Jahres auflisten, mit fehlenden Stadtteilen",
    query: listQueryParamsSchema,
    success: { status: 200, description: "Vorgänge und fehlende Einreichungen", schema: listResponseSchema },
    // 403: a programme the login is not for; 404: a programme no pack defines.
    problems: [403, 404],
  },
  {
    id: "getFiling",
    method: "GET",
    path: "/filings/{id}",
    handler: "get-filing",
    auth: true,
    summary: "Vorgang mit aktueller Version und Verlauf",
    pathParams: filingPathSchema,
    success: { status: 200, description: "Vorgang mit Verlauf", schema: filingDetailSchema },
    problems: [404],
  },
  {
    id: "getVersion",
    method: "GET",
    path: "/filings/{id}/versions/{version}",
    handler: "get-version",
    auth: true,
    summary: "Eine eingereichte Version",
    pathParams: versionPathSchema,
    success: { status: 200, description: "Die Version", schema: versionRecordSchema },
    problems: [404],
  },
  {
    id: "getFilingWorkbook",
    method: "GET",
    path: "/filings/{id}/workbook",
    handler: "get-filing-workbook",
    auth: true,
    summary: "Eine eingereichte Version als Excel-Arbeitsmappe (.xlsx), mit Prüfvermerken",
    pathParams: filingPathSchema,
    query: workbookQuerySchema,
    success: {
      status: 200,
      description: "Die Version als Arbeitsmappe (Anhang), beim Verwendungsnachweis mit Prüfvermerken",
      schema: "binary",
      mediaType: XLSX_MEDIA_TYPE,
    },
    problems: [404],
  },
  {
    id: "diffVersions",
    method: "GET",
    path: "/filings/{id}/diff",
    handler: "diff-versions",
    auth: true,
    summary: "Unterschiede zwischen zwei Versionen",
    pathParams: filingPathSchema,
    query: diffQuerySchema,
    success: { status: 200, description: "Geänderte Felder", schema: diffResponseSchema },
    problems: [404],
  },
  {
    id: "reviewFiling",
    method: "POST",
    path: "/filings/{id}/review",
    handler: "review-filing",
    auth: true,
    summary: "Prüfschritt: zurückgeben, prüfen, zur Kenntnis nehmen, weiterleiten",
    pathParams: filingPathSchema,
    body: { "application/json": reviewRequestSchema },
    success: { status: 200, description: "Neuer Status", schema: reviewResponseSchema },
    problems: [403, 404, 409],
  },
  {
    id: "putDraft",
    method: "PUT",
    path: "/drafts/{id}",
    handler: "put-draft",
    auth: true,
    summary: "Entwurf speichern (nur für den eigenen Träger sichtbar, nie eingereicht)",
    pathParams: filingPathSchema,
    body: { "application/json": draftRequestSchema },
    success: {
      status: 200,
      description: "Entwurf gespeichert (ersetzt den vorigen; keine Einreichung)",
      schema: draftResponseSchema,
    },
    problems: [403, 404, 409],
  },
  {
    id: "getDraft",
    method: "GET",
    path: "/drafts/{id}",
    handler: "get-draft",
    auth: true,
    summary: "Gespeicherten Entwurf des eigenen Trägers abrufen",
    pathParams: filingPathSchema,
    success: { status: 200, description: "Der Entwurf des eigenen Trägers", schema: draftResponseSchema },
    problems: [403, 404],
  },
  {
    id: "listProgrammes",
    method: "GET",
    path: "/programmes",
    handler: "list-programmes",
    auth: true,
    summary: "Förderprogramme mit Stammdaten (Träger, Stadtteile) und Formularen",
    success: { status: 200, description: "Die Förderprogramme der Anmeldung", schema: programmeListSchema },
    problems: [],
  },
  {
    id: "getParams",
    method: "GET",
    path: "/programmes/{programmeId}/params/{year}",
    handler: "get-params",
    auth: true,
    summary: "Programmparameter eines Förderjahres eines Programms",
    pathParams: programmeYearPathSchema,
    success: {
      status: 200,
      description:
        "Programmparameter (gespeichert oder Vorgaben des Programms); ein Träger erhält von Zuschüssen und Ausnahmen nur die eigenen",
      schema: programParamsSchema,
    },
    problems: [403, 404],
  },
  {
    id: "putParams",
    method: "PUT",
    path: "/programmes/{programmeId}/params/{year}",
    handler: "put-params",
    auth: true,
    summary: "Programmparameter eines Förderjahres eines Programms festlegen",
    pathParams: programmeYearPathSchema,
    body: { "application/json": programParamsSchema },
    success: { status: 200, description: "Gespeicherte Parameter", schema: storedParamsSchema },
    problems: [403, 404],
  },
  {
    id: "getConsolidatedWorkbook",
    method: "GET",
    path: "/programmes/{programmeId}/consolidated/{year}",
    handler: "get-consolidated-workbook",
    auth: true,
    summary:
      "Konsolidierte Mappe eines Förderjahres (.xlsx): Übersicht, alle Zeilen, Auswertung – nur Koordinierung und Leitung",
    pathParams: programmeYearPathSchema,
    success: {
      status: 200,
      description:
        "Konsolidierte Mappe (Anhang): Übersicht mit fehlenden Vorgängen, Personal, Budget, Angebote, Wirkungen, Befunde, Kommentare, Auswertung mit Diagrammen",
      schema: "binary",
      mediaType: XLSX_MEDIA_TYPE,
    },
    problems: [403, 404],
  },
  {
    id: "getPublication",
    method: "GET",
    path: "/filings/{id}/publication",
    handler: "get-publication",
    auth: true,
    summary:
      "Veröffentlichungsfähiger Jahresbericht (.pdf) in der Gliederung der Anlage 1, ohne Namen Ehrenamtlicher – nur Koordinierung und Leitung",
    pathParams: filingPathSchema,
    success: {
      status: 200,
      description: "Der Jahresbericht als PDF (Anhang), Ehrenamtliche ohne Namen",
      schema: "binary",
      mediaType: PDF_MEDIA_TYPE,
    },
    problems: [403, 404],
  },
  {
    id: "getYearPublication",
    method: "GET",
    path: "/programmes/{programmeId}/publication/{year}",
    handler: "get-year-publication",
    auth: true,
    summary:
      "Alle Jahresberichte eines Förderjahres als ein PDF mit Deckblatt und Inhalt – nur Koordinierung und Leitung",
    pathParams: programmeYearPathSchema,
    success: {
      status: 200,
      description: "Alle Jahresberichte des Jahres als ein PDF mit Deckblatt und Inhalt (Anhang)",
      schema: "binary",
      mediaType: PDF_MEDIA_TYPE,
    },
    problems: [403, 404],
  },
  {
    id: "getOpenApi",
    method: "GET",
    path: "/openapi.json",
    handler: "openapi",
    auth: false,
    summary: "Diese Schnittstellenbeschreibung (OpenAPI 3.1)",
    success: { status: 200, description: "OpenAPI-3.1-Dokument", schema: openApiDocumentSchema },
    problems: [],
  },
] as const satisfies readonly RouteDefinition[];

export type Route = (typeof ROUTES)[number];
export type RouteId = Route["id"];
export type RouteOf<Id extends RouteId> = Extract<Route, { id: Id }>;
export type AuthRouteId = Extract<Route, { auth: true }>["id"];
export type PublicRouteId = Extract<Route, { auth: false }>["id"];

// Fails the type check when a route's pathParams do not name exactly the parameters of its path.
const pathParamsChecked: { [K in RouteId]: PathParamsMatch<RouteOf<K>> } extends Record<RouteId, true>
  ? true
  : never = true;
void pathParamsChecked;

export const routeById = (id: RouteId): Route => ROUTES.find((r) => r.id === id)!;
