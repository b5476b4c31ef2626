import * as z from "zod";
import { roleSchema } from "../../shared/domain/lifecycle";
import { slugSchema } from "../../shared/domain/primitives";
import { STORE_LIMITS } from "../../shared/domain/store-limits";

/**
 * The authenticated caller, from verified JWT claims. A `traeger` always carries its Träger id.
 * `programmeIds` (claim `programmes`) are the Förderprogramme the login is for: staff read and review
 * only those, and a Träger id means something only inside a programme (`awo` of one pack is not
 * `awo` of another). Empty means no programme at all – it fails closed, never "all programmes".
 */
export const principalSchema = z
  .object({
    // Both go into audit items and the sub into idempotency keys: bounded like everything stored.
    sub: z.string().min(1).max(STORE_LIMITS.subjectLength),
    name: z.string().max(STORE_LIMITS.nameLength).default(""),
    role: roleSchema,
    traegerId: slugSchema.optional(),
    programmeIds: z.array(slugSchema).default([]),
  })
  .refine((p) => p.role !== "traeger" || p.traegerId !== undefined, {
    message: "Ein Token der Rolle „traeger“ braucht die Träger-Kennung (traeger_id).",
  });

export type Principal = z.infer<typeof principalSchema>;
