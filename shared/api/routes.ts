/**
 * Every route of the HTTP API – the single source for the local server, the OpenAPI document and the
 * CDK stack (one Lambda per route, see functions/routes.ts), and the task pane's API client. Pure data:
 * importing it loads no handler.
 * `auth: true` routes verify the Bearer token inside the handler (see functions/http/define-handler.ts).
 */
export const ROUTES = [
  {
    id: "submitFiling",
    method: "POST",
    path: "/filings",
    handler: "submit-filing",
    auth: true,
    summary: "Verwendungsnachweis oder Jahresbericht einreichen (JSON oder .xlsx)",
  },
  {
    id: "listFilings",
    method: "GET",
    path: "/filings",
    handler: "list-filings",
    auth: true,
    summary: "Vorgänge eines Jahres auflisten, mit fehlenden Stadtteilen",
  },
  {
    id: "getFiling",
    method: "GET",
    path: "/filings/{id}",
    handler: "get-filing",
    auth: true,
    summary: "Vorgang mit aktueller Version und Verlauf",
  },
  {
    id: "getVersion",
    method: "GET",
    path: "/filings/{id}/versions/{version}",
    handler: "get-version",
    auth: true,
    summary: "Eine eingereichte Version",
  },
  {
    id: "getFilingWorkbook",
    method: "GET",
    path: "/filings/{id}/workbook",
    handler: "get-filing-workbook",
    auth: true,
    summary: "Eine eingereichte Version als Excel-Arbeitsmappe (.xlsx), mit Prüfvermerken",
  },
  {
    id: "diffVersions",
    method: "GET",
    path: "/filings/{id}/diff",
    handler: "diff-versions",
    auth: true,
    summary: "Unterschiede zwischen zwei Versionen",
  },
  {
    id: "reviewFiling",
    method: "POST",
    path: "/filings/{id}/review",
    handler: "review-filing",
    auth: true,
    summary: "Prüfschritt: zurückgeben, prüfen, zur Kenntnis nehmen, weiterleiten",
  },
  {
    id: "putDraft",
    method: "PUT",
    path: "/drafts/{id}",
    handler: "put-draft",
    auth: true,
    summary: "Entwurf speichern (nur für den eigenen Träger sichtbar, nie eingereicht)",
  },
  {
    id: "getDraft",
    method: "GET",
    path: "/drafts/{id}",
    handler: "get-draft",
    auth: true,
    summary: "Gespeicherten Entwurf des eigenen Trägers abrufen",
  },
  {
    id: "listProgrammes",
    method: "GET",
    path: "/programmes",
    handler: "list-programmes",
    auth: true,
    summary: "Förderprogramme mit Stammdaten (Träger, Stadtteile) und Formularen",
  },
  {
    id: "getParams",
    method: "GET",
    path: "/programmes/{programmeId}/params/{year}",
    handler: "get-params",
    auth: true,
    summary: "Programmparameter eines Förderjahres eines Programms",
  },
  {
    id: "putParams",
    method: "PUT",
    path: "/programmes/{programmeId}/params/{year}",
    handler: "put-params",
    auth: true,
    summary: "Programmparameter eines Förderjahres eines Programms festlegen",
  },
  {
    id: "getConsolidatedWorkbook",
    method: "GET",
    path: "/programmes/{programmeId}/consolidated/{year}",
    handler: "get-consolidated-workbook",
    auth: true,
    summary:
      "Konsolidierte Mappe eines Förderjahres (.xlsx): Übersicht, alle Zeilen, Auswertung – nur Koordinierung und Leitung",
  },
  {
    id: "getPublication",
    method: "GET",
    path: "/filings/{id}/publication",
    handler: "get-publication",
    auth: true,
    summary:
      "Veröffentlichungsfähiger Jahresbericht (.pdf) in der Gliederung der Anlage 1, ohne Namen Ehrenamtlicher – nur Koordinierung und Leitung",
  },
  {
    id: "getYearPublication",
    method: "GET",
    path: "/programmes/{programmeId}/publication/{year}",
    handler: "get-year-publication",
    auth: true,
    summary:
      "Alle Jahresberichte eines Förderjahres als ein PDF mit Deckblatt und Inhalt – nur Koordinierung und Leitung",
  },
  {
    id: "listZahlungen",
    method: "GET",
    path: "/programmes/{programmeId}/zahlungen/{year}",
    handler: "list-zahlungen",
    auth: true,
    summary:
      "Auszahlungen, Rückforderungen und Zahlungseingänge eines Förderjahres (ein Träger: nur die eigenen)",
  },
  {
    id: "addZahlung",
    method: "POST",
    path: "/programmes/{programmeId}/zahlungen/{year}",
    handler: "add-zahlung",
    auth: true,
    summary: "Auszahlung, Festsetzung einer Rückforderung oder Zahlungseingang erfassen – nur Koordinierung",
  },
  {
    id: "getOpenApi",
    method: "GET",
    path: "/openapi.json",
    handler: "openapi",
    auth: false,
    summary: "Diese Schnittstellenbeschreibung (OpenAPI 3.1)",
  },
] as const satisfies readonly RouteDefinition[];

export interface RouteDefinition {
  id: string;
  method: "GET" | "POST" | "PUT";
  /** API Gateway syntax: `{name}` is a path parameter. */
  path: string;
  /** Folder under functions/ that holds `handler.ts`. */
  handler: string;
  auth: boolean;
  /** German, shown in the OpenAPI document. */
  summary: string;
}

export type Route = (typeof ROUTES)[number];
export type RouteId = Route["id"];
export type AuthRouteId = Extract<Route, { auth: true }>["id"];
export type PublicRouteId = Extract<Route, { auth: false }>["id"];

export const routeById = (id: RouteId): Route => ROUTES.find((r) => r.id === id)!;
