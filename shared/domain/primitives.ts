import * as z from "zod";

/**
 * An amount in integer cents that is never negative by the form (Fehler via rule BETRAG-NEGATIV).
 * The schema only fixes the shape – a negative value is a finding with a location, not a parse error.
 * Rules find every amount by identity with this schema (see `collect-amounts.ts`).
 */
export const centsSchema = z.number().int().describe("Betrag in Cent (ganzzahlig)");

/** An amount in cents that may be negative (only the Differenz of the Schlussrechnung). */
export const signedCentsSchema = z.number().int().describe("Betrag in Cent, darf negativ sein");

/** Longest short and long text; the workbook's validation and its reader use the same limits. */
export const TEXT_MAX_LENGTH = 500;
export const LONG_TEXT_MAX_LENGTH = 20_000;

/** Short text of a cell; "" means not filled. */
export const textSchema = z.string().max(TEXT_MAX_LENGTH);

/** Long free text (Steckbrief, Begründung, …). */
export const longTextSchema = z.string().max(LONG_TEXT_MAX_LENGTH);

/** ISO date `YYYY-MM-DD`, or null when not filled. */
export const dateSchema = z.iso.date().nullable();

/** A stable id for a Träger or district: lower-case letters, digits and hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "nur Kleinbuchstaben, Ziffern und Bindestriche")
  .max(60);

/** Förderjahre the program knows; the workbook's Jahr and date validations use the same span. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;
export const yearSchema = z.number().int().min(FIRST_YEAR).max(LAST_YEAR);
