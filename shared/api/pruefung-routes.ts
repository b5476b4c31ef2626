import { programmeYearPathSchema } from "./edge-schemas";
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
] as const satisfies readonly RouteDefinition[];
