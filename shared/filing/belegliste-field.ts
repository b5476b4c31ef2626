import * as z from "zod";
import { centsSchema, dateSchema, textSchema } from "../domain/primitives";
import { belegKostenartSchema } from "../programme/pruefung-params";

/**
 * One row of the Belegliste as the workbook holds it: like the other table rows every cell may be
 * empty (a half-filled row must read, and the rules say what is missing), so fields are "" or null
 * where nothing was entered. A complete Beleg (`belegSchema` in shared/pruefung) has them all.
 */
export const belegZeileSchema = z.object({
  belegnr: textSchema,
  datum: dateSchema,
  zahlungsempfaenger: textSchema,
  zweck: textSchema,
  betrag: centsSchema.nullable(),
  kostenart: belegKostenartSchema.nullable(),
  /** Budget line (1-based, as the form numbers them) for Kostenart „budget“, else null. */
  budgetzeile: z.number().int().min(1).nullable(),
});

export type BelegZeile = z.infer<typeof belegZeileSchema>;
