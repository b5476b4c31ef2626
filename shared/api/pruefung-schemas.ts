import * as z from "zod";
import { slugSchema } from "../domain/primitives";
import { pruefvermerkInputSchema, quittierungSchema } from "../pruefung/pruefvermerk";
import { zahlungEintragSchema, zahlungVorgangSchema } from "../pruefung/zahlung";

/** Open Warnungen a version can carry, so one request can acknowledge all of them. */
export const MAX_QUITTIERUNGEN = 200;

/**
 * What „pruefen“ carries beyond the lifecycle step (spread into reviewRequestSchema): the
 * Prüfvermerk, required for „pruefen“ by the service, and one acknowledgement per open Warnung.
 */
export const pruefvermerkRequestFields = {
  pruefvermerk: pruefvermerkInputSchema.optional(),
  quittierungen: z.array(quittierungSchema).max(MAX_QUITTIERUNGEN).optional(),
};

/** POST /programmes/{programmeId}/zahlungen/{year}: one entry of the payment ledger. */
export const zahlungRequestSchema = z.object({
  traegerId: slugSchema,
  districtId: slugSchema,
  vorgang: zahlungVorgangSchema,
});
export type ZahlungRequest = z.infer<typeof zahlungRequestSchema>;

/** GET …/zahlungen/{year}?traeger=&district= */
export const zahlungenListQuerySchema = z.object({
  traeger: slugSchema.optional(),
  district: slugSchema.optional(),
});
export type ZahlungenListQuery = z.infer<typeof zahlungenListQuerySchema>;

export const zahlungenResponseSchema = z.object({
  eintraege: z.array(zahlungEintragSchema),
  ausgezahlt: z.number().int(),
  zurueckgezahlt: z.number().int(),
});
export type ZahlungenResponse = z.infer<typeof zahlungenResponseSchema>;
