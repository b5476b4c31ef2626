import * as z from "zod";
import { filingStatusSchema } from "../../shared/domain/lifecycle";
import { isoDateTimeSchema } from "../../shared/api/records";

/** Store-internal, never in a response: what an Idempotency-Key stored: enough to answer a repeated request without storing again. */
export const idempotencyRecordSchema = z.object({
  key: z.string(),
  sub: z.string(),
  requestSha256: z.string(),
  filingId: z.string(),
  version: z.number().int().min(1),
  status: filingStatusSchema,
  createdAt: isoDateTimeSchema,
});
export type IdempotencyRecord = z.infer<typeof idempotencyRecordSchema>;
