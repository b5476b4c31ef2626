import * as z from "zod";
import { roleSchema } from "../../shared/domain/lifecycle";
import { slugSchema } from "../../shared/domain/primitives";
import { STORE_LIMITS } from "../../shared/domain/store-limits";

/** The authenticated caller, from verified JWT claims. A `traeger` always carries its Träger id. */
export const principalSchema = z
  .object({
    // Both go into audit items and the sub into idempotency keys: bounded like everything stored.
    sub: z.string().min(1).max(STORE_LIMITS.subjectLength),
    name: z.string().max(STORE_LIMITS.nameLength).default(""),
    role: roleSchema,
    traegerId: slugSchema.optional(),
    // The programmes a staff token is limited to (claim `programmes`); empty: none named.
    programmeIds: z.array(slugSchema).default([]),
  })
  .refine((p) => p.role !== "traeger" || p.traegerId !== undefined, {
    message: "Ein Token der Rolle „traeger“ braucht die Träger-Kennung (traeger_id).",
  });

export type Principal = z.infer<typeof principalSchema>;
