import * as z from "zod";
import { pruefvermerkInputSchema, quittierungSchema } from "../pruefung/pruefvermerk";

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
