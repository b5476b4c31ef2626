import type { z } from "zod";
import { programParamsSchema } from "../../shared/programme/program-params";
import {
  diffResponseSchema,
  draftRequestSchema,
  draftResponseSchema,
  filingDetailSchema,
  listResponseSchema,
  reviewRequestSchema,
  reviewResponseSchema,
  storedParamsSchema,
  submitResponseSchema,
  versionRecordSchema,
} from "../../shared/api/api-schemas";
import {
  diffQuerySchema,
  filingPathSchema,
  listQueryParamsSchema,
  versionPathSchema,
  workbookQuerySchema,
  XLSX_MEDIA_TYPE,
  PDF_MEDIA_TYPE,
  programmeYearPathSchema,
} from "../../shared/api/edge-schemas";
import { filingSchema } from "../../shared/filing/filing";
import { programmeListSchema } from "../../shared/api/api-schemas";
import type { RouteId } from "../routes";
import {
  zahlungenListQuerySchema,
  zahlungenResponseSchema,
  zahlungRequestSchema,
} from "../../shared/api/pruefung-schemas";
import { zahlungEintragSchema } from "../../shared/pruefung/zahlung";

type ObjectSchema = z.ZodObject<z.ZodRawShape>;

export interface RouteDoc {
  path?: ObjectSchema;
  query?: ObjectSchema;
  headers?: { name: string; description: string }[];
  /** Media type → schema; a string is a binary upload of that media type. */
  body?: Record<string, z.ZodType | "binary">;
  /** `schema: "binary"` is a file download of media type `mediaType`. */
  success: {
    status: number;
    description: string;
    schema: z.ZodType | "object" | "binary";
    mediaType?: string;
    alsoStatus?: number;
  };
  /** Problem statuses besides 400/401/500, which every authenticated route may answer. */
  problems: number[];
}

/** How each route of routes.ts is documented; a missing entry fails the type check. */
export const ROUTE_DOCS: Record<RouteId, RouteDoc> = {
  submitFiling: {
    headers: [
      {
        name: "Idempotency-Key",
        description:
          "Wiederholte Einreichung mit demselben Schlüssel speichert keine neue Version (Antwort 200).",
      },
    ],
    body: { "application/json": filingSchema, [XLSX_MEDIA_TYPE]: "binary" },
    success: {
      status: 201,
      alsoStatus: 200,
      description: "Neue Version gespeichert",
      schema: submitResponseSchema,
    },
    problems: [403, 404, 409, 415, 422],
  },
  listFilings: {
    query: listQueryParamsSchema,
    success: { status: 200, description: "Vorgänge und fehlende Einreichungen", schema: listResponseSchema },
    // 403: a programme the login is not for; 404: a programme no pack defines.
    problems: [403, 404],
  },
  getFiling: {
    path: filingPathSchema,
    success: { status: 200, description: "Vorgang mit Verlauf", schema: filingDetailSchema },
    problems: [404],
  },
  getVersion: {
    path: versionPathSchema,
    success: { status: 200, description: "Die Version", schema: versionRecordSchema },
    problems: [404],
  },
  getFilingWorkbook: {
    path: filingPathSchema,
    query: workbookQuerySchema,
    success: {
      status: 200,
      description: "Die Version als Arbeitsmappe (Anhang), beim Verwendungsnachweis mit Prüfvermerken",
      schema: "binary",
      mediaType: XLSX_MEDIA_TYPE,
    },
    problems: [404],
  },
  diffVersions: {
    path: filingPathSchema,
    query: diffQuerySchema,
    success: { status: 200, description: "Geänderte Felder", schema: diffResponseSchema },
    problems: [404],
  },
  reviewFiling: {
    path: filingPathSchema,
    body: { "application/json": reviewRequestSchema },
    success: { status: 200, description: "Neuer Status", schema: reviewResponseSchema },
    problems: [403, 404, 409],
  },
  putDraft: {
    path: filingPathSchema,
    body: { "application/json": draftRequestSchema },
    success: {
      status: 200,
      description: "Entwurf gespeichert (ersetzt den vorigen; keine Einreichung)",
      schema: draftResponseSchema,
    },
    problems: [403, 404, 409],
  },
  getDraft: {
    path: filingPathSchema,
    success: { status: 200, description: "Der Entwurf des eigenen Trägers", schema: draftResponseSchema },
    problems: [403, 404],
  },
  getParams: {
    path: programmeYearPathSchema,
    success: {
      status: 200,
      description:
        "Programmparameter (gespeichert oder Vorgaben des Programms); ein Träger erhält von Zuschüssen und Ausnahmen nur die eigenen",
      schema: programParamsSchema,
    },
    problems: [403, 404],
  },
  putParams: {
    path: programmeYearPathSchema,
    body: { "application/json": programParamsSchema },
    success: { status: 200, description: "Gespeicherte Parameter", schema: storedParamsSchema },
    problems: [403, 404],
  },
  listZahlungen: {
    path: programmeYearPathSchema,
    query: zahlungenListQuerySchema,
    success: {
      status: 200,
      description: "Einträge des Zahlungsbuchs, älteste zuerst",
      schema: zahlungenResponseSchema,
    },
    problems: [403, 404],
  },
  addZahlung: {
    path: programmeYearPathSchema,
    body: { "application/json": zahlungRequestSchema },
    success: { status: 201, description: "Gespeicherter Eintrag", schema: zahlungEintragSchema },
    problems: [400, 403, 404, 409],
  },
  listProgrammes: {
    success: { status: 200, description: "Die Förderprogramme der Anmeldung", schema: programmeListSchema },
    problems: [],
  },
  getConsolidatedWorkbook: {
    path: programmeYearPathSchema,
    success: {
      status: 200,
      description:
        "Konsolidierte Mappe (Anhang): Übersicht mit fehlenden Vorgängen, Personal, Budget, Angebote, Wirkungen, Befunde, Kommentare, Auswertung mit Diagrammen",
      schema: "binary",
      mediaType: XLSX_MEDIA_TYPE,
    },
    problems: [403, 404],
  },
  getPublication: {
    path: filingPathSchema,
    success: {
      status: 200,
      description: "Der Jahresbericht als PDF (Anhang), Ehrenamtliche ohne Namen",
      schema: "binary",
      mediaType: PDF_MEDIA_TYPE,
    },
    problems: [403, 404],
  },
  getYearPublication: {
    path: programmeYearPathSchema,
    success: {
      status: 200,
      description: "Alle Jahresberichte des Jahres als ein PDF mit Deckblatt und Inhalt (Anhang)",
      schema: "binary",
      mediaType: PDF_MEDIA_TYPE,
    },
    problems: [403, 404],
  },
  getOpenApi: {
    success: { status: 200, description: "OpenAPI-3.1-Dokument", schema: "object" },
    problems: [],
  },
};
