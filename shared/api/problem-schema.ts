import * as z from "zod";
import { findingSchema } from "../rules/finding";

/** RFC 9457 problem details as the API answers every error; never a stack trace. */
export const problemSchema = z.object({
  type: z.string().describe("z. B. invalid-filing, not-found, unauthorized"),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().describe("deutsch, für Anwender*innen"),
  findings: z.array(findingSchema).optional().describe("bei 422: alle Befunde der Einreichung"),
  issues: z.array(z.string()).optional().describe("bei 400: jede Beanstandung der Anfrage"),
});

export type Problem = z.infer<typeof problemSchema>;
