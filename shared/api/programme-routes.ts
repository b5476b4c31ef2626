import * as z from "zod";
import { programParamsSchema } from "../programme/program-params";
import { programmeListSchema, storedParamsSchema } from "./api-schemas";
import { PDF_MEDIA_TYPE, programmeYearPathSchema, XLSX_MEDIA_TYPE } from "./edge-schemas";
import type { RouteDefinition } from "./route-definition";

/** GET /openapi.json: checked as far as a client relies on it (a 3.1 document with paths). */
const openApiDocumentSchema = z.looseObject({
  openapi: z.literal("3.1.0"),
  paths: z.record(z.string(), z.unknown()),
});

/**
 * Routes of programmes (Stammdaten, parameters, the year's workbook and publication) and the API document.
 * One object per route; see routes.ts for how to add one.
 */
export const PROGRAMME_ROUTES = [
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
