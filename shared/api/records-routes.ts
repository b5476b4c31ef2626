import { filingPathSchema, PDF_MEDIA_TYPE, programmeYearPathSchema, versionPathSchema } from "./edge-schemas";
import {
  attachmentListSchema,
  attachmentPathSchema,
  attachmentRecordSchema,
  attachmentUploadQuerySchema,
  redactionRequestSchema,
  redactionResponseSchema,
} from "./records-schemas";
import type { RouteDefinition } from "./route-definition";

/**
 * Routes of the ten-year record (docs/records.md): the original as submitted, the receipt, the
 * attachments of a version (signed receipt, Belege), the archive export and the Löschkonzept.
 * One object per route; see routes.ts for how to add one.
 */
export const RECORDS_ROUTES = [
  {
    id: "getOriginal",
    method: "GET",
    path: "/filings/{id}/versions/{version}/original",
    handler: "get-original",
    auth: true,
    summary: "Die eingereichte Datei einer Version, byte-genau (.xlsx oder JSON), mit SHA-256",
    pathParams: versionPathSchema,
    success: {
      status: 200,
      description:
        "Die Datei, wie sie eingereicht wurde (Anhang); Header X-Content-SHA256 = die Prüfsumme der Version",
      schema: "binary",
      mediaType: "application/octet-stream",
    },
    problems: [404],
  },
  {
    id: "getReceipt",
    method: "GET",
    path: "/filings/{id}/versions/{version}/receipt",
    handler: "get-receipt",
    auth: true,
    summary: "Eingangsbestätigung einer Version (.pdf) mit Prüfsumme und Unterschriftsfeld",
    pathParams: versionPathSchema,
    success: {
      status: 200,
      description: "Eingangsbestätigung der Version als PDF (Anhang), zum Unterschreiben",
      schema: "binary",
      mediaType: PDF_MEDIA_TYPE,
    },
    problems: [404],
  },
  {
    id: "uploadAttachment",
    method: "POST",
    path: "/filings/{id}/versions/{version}/attachments",
    handler: "upload-attachment",
    auth: true,
    summary: "Anlage zu einer Version hochladen (unterschriebene Eingangsbestätigung: PDF, JPEG, PNG)",
    pathParams: versionPathSchema,
    query: attachmentUploadQuerySchema,
    body: { "application/pdf": "binary", "image/jpeg": "binary", "image/png": "binary" },
    success: {
      status: 201,
      description: "Die gespeicherte Anlage mit SHA-256",
      schema: attachmentRecordSchema,
    },
    problems: [403, 404, 413, 415],
  },
  {
    id: "listAttachments",
    method: "GET",
    path: "/filings/{id}/versions/{version}/attachments",
    handler: "list-attachments",
    auth: true,
    summary: "Anlagen einer Version, und ob die Unterschrift vorliegt",
    pathParams: versionPathSchema,
    success: {
      status: 200,
      description: "Anlagen der Version und ob die Unterschrift vorliegt",
      schema: attachmentListSchema,
    },
    problems: [404],
  },
  {
    id: "getAttachment",
    method: "GET",
    path: "/filings/{id}/versions/{version}/attachments/{attachmentId}",
    handler: "get-attachment",
    auth: true,
    summary: "Eine Anlage einer Version herunterladen",
    pathParams: attachmentPathSchema,
    success: {
      status: 200,
      description: "Die Anlage, wie sie hochgeladen wurde (Anhang); Header X-Content-SHA256",
      schema: "binary",
      mediaType: "application/octet-stream",
    },
    problems: [404],
  },
  {
    id: "getYearArchive",
    method: "GET",
    path: "/programmes/{programmeId}/archive/{year}",
    handler: "get-year-archive",
    auth: true,
    summary:
      "Archiv eines Förderjahres (.zip): alle Versionen mit Original, Inhalt, Befunden, Verlauf, Bestätigungen, Anlagen und Manifest – nur Koordinierung",
    pathParams: programmeYearPathSchema,
    success: {
      status: 200,
      description:
        "Das Archiv als Zip (Anhang); manifest.json/manifest.csv/SHA256SUMS verzeichnen jede Datei mit SHA-256",
      schema: "binary",
      mediaType: "application/zip",
    },
    problems: [403, 404, 413],
    streamed: true,
  },
  {
    id: "getFilingArchive",
    method: "GET",
    path: "/filings/{id}/archive",
    handler: "get-filing-archive",
    auth: true,
    summary: "Archiv eines Vorgangs (.zip) mit allen Versionen und Manifest – nur Koordinierung",
    pathParams: filingPathSchema,
    success: {
      status: 200,
      description: "Das Archiv des Vorgangs als Zip (Anhang), mit Manifest",
      schema: "binary",
      mediaType: "application/zip",
    },
    problems: [403, 404, 413],
    streamed: true,
  },
  {
    id: "redactFiling",
    method: "POST",
    path: "/filings/{id}/redaction",
    handler: "redact-filing",
    auth: true,
    summary:
      "Löschkonzept: Namen in allen Versionen schwärzen, erst nach Ablauf der Aufbewahrungsfrist – nur Koordinierung",
    pathParams: filingPathSchema,
    body: { "application/json": redactionRequestSchema },
    success: {
      status: 200,
      description: "Geschwärzte Versionen und Zahl der Angaben",
      schema: redactionResponseSchema,
    },
    problems: [403, 404, 409],
  },
] as const satisfies readonly RouteDefinition[];
