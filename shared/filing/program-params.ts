import { z } from "zod";
import { DEFAULT_ZUORDNUNGEN } from "../domain/stammdaten";
import { centsSchema, slugSchema, yearSchema } from "./primitives";

export const zuordnungSchema = z.object({
  districtId: slugSchema,
  traegerId: slugSchema,
  /** Tandem partner who may edit the district's Jahresbericht too (the Träger submits). */
  tandem: slugSchema.optional(),
});

/** Program parameters per Förderjahr; defaults from the Fachkonzept (see DOMAIN.md). */
export const programParamsSchema = z.object({
  year: yearSchema,
  /** Verwaltungs- und Leitungskosten cap in basis points of Personalkosten (1300 = 13 %). */
  verwaltungCapBasisPoints: z.number().int().min(0).max(10_000),
  sachkostenCap: centsSchema.nonnegative(),
  budgetCap: centsSchema.nonnegative(),
  budgetMaxZeilen: z.number().int().min(1).max(100),
  aufbewahrungJahre: z.number().int().min(10),
  /** Jahresbericht finished by (default 31.12. of the reporting year). */
  jahresberichtFaellig: z.iso.date(),
  /** Verwendungsnachweis due (default 30.06. of the following year). */
  verwendungsnachweisFaellig: z.iso.date(),
  /** Which Träger files for which district: a district without a filing is flagged as missing. */
  zuordnungen: z.array(zuordnungSchema),
});

export type ProgramParams = z.infer<typeof programParamsSchema>;
export type Zuordnung = z.infer<typeof zuordnungSchema>;

export const defaultProgramParams = (year: number): ProgramParams => ({
  year,
  verwaltungCapBasisPoints: 1300,
  sachkostenCap: 700_000,
  budgetCap: 600_000,
  budgetMaxZeilen: 12,
  aufbewahrungJahre: 10,
  jahresberichtFaellig: `${year}-12-31`,
  verwendungsnachweisFaellig: `${year + 1}-06-30`,
  zuordnungen: DEFAULT_ZUORDNUNGEN.map((z) => ({ ...z })),
});
