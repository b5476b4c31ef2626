import * as z from "zod";
import type { FilingKind } from "../domain/filing-kinds";
import { jahresberichtSchema } from "./jahresbericht";
import { slugSchema, yearSchema } from "../domain/primitives";
import { verwendungsnachweisSchema } from "./verwendungsnachweis";

export { FILING_KINDS, FILING_KIND_LABELS, filingKindSchema, type FilingKind } from "../domain/filing-kinds";

/** Who files for which district and year – the identity of a filing across its versions. */
export const filingMetaSchema = z.object({
  /** The funding programme (a pack in shared/programme/packs/), e.g. "stadtteilmanagement". */
  programmeId: slugSchema,
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

/**
 * Stable, URL-safe key of a filing: one per programme, year, kind, Träger and district (slugs hold
 * no dots), e.g. `stadtteilmanagement.2025.verwendungsnachweis.awo.kaltenmoor`.
 */
export const filingKey = (kind: FilingKind, meta: FilingMeta): string =>
  `${meta.programmeId}.${meta.year}.${kind}.${meta.traegerId}.${meta.districtId}`;

const SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";
/** What `filingKey` makes: the only shape of a filing id the API accepts in a path. */
export const FILING_KEY_PATTERN = new RegExp(
  `^(${SLUG})\\.(\\d{4})\\.(verwendungsnachweis|jahresbericht)\\.(${SLUG})\\.(${SLUG})$`,
);

/** The identity inside a filing id, or undefined for anything `filingKey` cannot have made. */
export const parseFilingKey = (id: string): ({ kind: FilingKind } & FilingMeta) | undefined => {
  const m = FILING_KEY_PATTERN.exec(id);
  if (!m) return undefined;
  const parsed = filingMetaSchema.safeParse({
    programmeId: m[1],
    year: Number(m[2]),
    traegerId: m[4],
    districtId: m[5],
  });
  return parsed.success ? { kind: m[3] as FilingKind, ...parsed.data } : undefined;
};
