import { z } from "zod";
import { jahresberichtSchema } from "./jahresbericht";
import { slugSchema, yearSchema } from "./primitives";
import { verwendungsnachweisSchema } from "./verwendungsnachweis";

export const FILING_KINDS = ["verwendungsnachweis", "jahresbericht"] as const;
export const filingKindSchema = z.enum(FILING_KINDS);
export type FilingKind = z.infer<typeof filingKindSchema>;

export const FILING_KIND_LABELS: Record<FilingKind, string> = {
  verwendungsnachweis: "Verwendungsnachweis",
  jahresbericht: "Jahresbericht",
};

/** Who files for which district and year – the identity of a filing across its versions. */
export const filingMetaSchema = z.object({
  traegerId: slugSchema,
  districtId: slugSchema,
  year: yearSchema,
});
export type FilingMeta = z.infer<typeof filingMetaSchema>;

export const verwendungsnachweisFilingSchema = z.object({
  kind: z.literal("verwendungsnachweis"),
  meta: filingMetaSchema,
  data: verwendungsnachweisSchema,
});

export const jahresberichtFilingSchema = z.object({
  kind: z.literal("jahresbericht"),
  meta: filingMetaSchema,
  data: jahresberichtSchema,
});

/** A filing as the workbook, the add-in and the API exchange it: kind, identity, content. */
export const filingSchema = z.discriminatedUnion("kind", [
  verwendungsnachweisFilingSchema,
  jahresberichtFilingSchema,
]);

export type Filing = z.infer<typeof filingSchema>;
export type VerwendungsnachweisFiling = z.infer<typeof verwendungsnachweisFilingSchema>;
export type JahresberichtFiling = z.infer<typeof jahresberichtFilingSchema>;

/** Stable, URL-safe key of a filing: one per year, kind, Träger and district (slugs hold no dots). */
export const filingKey = (kind: FilingKind, meta: FilingMeta): string =>
  `${meta.year}.${kind}.${meta.traegerId}.${meta.districtId}`;
