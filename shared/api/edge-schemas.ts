import * as z from "zod";
import { filingStatusSchema } from "../domain/lifecycle";
import { filingKindSchema } from "../filing/filing";
import { slugSchema, yearSchema } from "../domain/primitives";

/**
 * Path and query parameters as the HTTP layer receives them (strings), parsed at the edge and
 * documented in /openapi.json from these same schemas.
 */
const versionNumber = z.coerce.number().int().min(1).describe("Versionsnummer, ab 1");
const year = z.coerce.number().pipe(yearSchema).describe("Förderjahr, z. B. 2025");

export const filingPathSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .describe("Kennung des Vorgangs, z. B. stadtteilmanagement.2025.verwendungsnachweis.awo.kaltenmoor"),
});

export const versionPathSchema = filingPathSchema.extend({ version: versionNumber });

const programme = slugSchema.describe("Förderprogramm (Kennung), z. B. stadtteilmanagement");

export const programmeYearPathSchema = z.object({ programmeId: programme, year });

export const listQueryParamsSchema = z.object({
  programme,
  year,
  status: filingStatusSchema.optional().describe("nur Vorgänge in diesem Status"),
  district: slugSchema.optional().describe("nur dieser Stadtteil (Kennung, z. B. kaltenmoor)"),
  kind: filingKindSchema.optional().describe("nur diese Art"),
});

export const diffQuerySchema = z.object({
  from: versionNumber.describe("ältere Version"),
  to: versionNumber.describe("neuere Version"),
});

export const workbookQuerySchema = z.object({
  version: versionNumber.optional().describe("Versionsnummer, ab 1; ohne Angabe die neueste"),
});

export const idempotencyHeader = "idempotency-key";

export const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const PDF_MEDIA_TYPE = "application/pdf";
