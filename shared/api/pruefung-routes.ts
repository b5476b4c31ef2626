import { programmeYearPathSchema, versionPathSchema } from "./edge-schemas";
import { stichprobeRecordSchema, stichprobeRequestSchema } from "./stichprobe-schemas";
import { zahlungenListQuerySchema, zahlungenResponseSchema, zahlungRequestSchema } from "./pruefung-schemas";
import { zahlungEintragSchema } from "../pruefung/zahlung";
import type { RouteDefinition } from "./route-definition";

/**
 * Routes of the city's Prüfung beyond the review actions (docs/pruefung.md): the payment ledger of a
 * Förderjahr – Auszahlungen, Festsetzung of a Rückforderung, Zahlungseingang.
 * One object per route; see routes.ts for how to add one.
 */
export const PRUEFUNG_ROUTES = [
  {
    id: "listZahlungen",
    method: "GET",
    path: "/programmes/{programmeId}/zahlungen/{year}",
    handler: "list-zahlungen",
    auth: true,
    summary:
      "Auszahlungen, Rückforderungen und Zahlungseingänge eines Förderjahres (ein Träger: nur die eigenen)",
    pathParams: programmeYearPathSchema,
    query: zahlungenListQuerySchema,
    success: {
      status: 200,
      description: "Einträge des Zahlungsbuchs, älteste zuerst",
      schema: zahlungenResponseSchema,
    },
    problems: [403, 404],
  },
  {
    id: "addZahlung",
    method: "POST",
    path: "/programmes/{programmeId}/zahlungen/{year}",
    handler: "add-zahlung",
    auth: true,
    summary: "Auszahlung, Festsetzung einer Rückforderung oder Zahlungseingang erfassen – nur Koordinierung",
    pathParams: programmeYearPathSchema,
    body: { "application/json": zahlungRequestSchema },
    success: { status: 201, description: "Gespeicherter Eintrag", schema: zahlungEintragSchema },
    problems: [403, 404, 409],
  },
  // Stichprobe (engineer "stichprobe"): read through listAttachments' `stichprobe`, so one route only.
  {
    id: "requestStichprobe",
    method: "POST",
    path: "/filings/{id}/versions/{version}/stichprobe",
    handler: "request-stichprobe",
    auth: true,
    summary:
      "Stichprobe anfordern: Belege (Belegnr.) einer Version mit Frist und Hinweis – nur Koordinierung",
    pathParams: versionPathSchema,
    body: { "application/json": stichprobeRequestSchema },
    success: {
      status: 201,
      description: "Die gespeicherte Anforderung; der Träger sieht sie bei den Anlagen der Version",
      schema: stichprobeRecordSchema,
    },
    problems: [403, 404, 409, 422],
  },
] as const satisfies readonly RouteDefinition[];
