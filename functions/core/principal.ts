import * as z from "zod";
import { roleSchema } from "../../shared/domain/lifecycle";
import { slugSchema } from "../../shared/domain/primitives";

/** The authenticated caller, from verified JWT claims. A `traeger` always carries its Träger id. */
export const principalSchema = z
  .object({
    sub: z.string().min(1),
    name: z.string().default(""),
    role: roleSchema,
    traegerId: slugSchema.optional(),
  })
  .refine((p) => p.role !== "traeger" || p.traegerId !== undefined, {
    message: "Ein Token der Rolle „traeger“ braucht die Träger-Kennung (traeger_id).",
  });

export type Principal = z.infer<typeof principalSchema>;
