import * as z from "zod";
import { centsSchema } from "../domain/primitives";
import type { FieldPath } from "../filing/labels";

export interface AmountAt {
  path: FieldPath;
  cents: number;
}

/**
 * Walks data alongside its zod schema and returns every amount declared with `centsSchema`
 * (never negative by the form). The schema is the single list of amount fields: a field added
 * there is checked without touching the rules.
 */
export const collectAmounts = (schema: z.ZodType, value: unknown, path: FieldPath = []): AmountAt[] => {
  if (schema === centsSchema) return typeof value === "number" ? [{ path, cents: value }] : [];
  if (value === null || value === undefined) return [];
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) {
    return collectAmounts(schema.unwrap() as z.ZodType, value, path);
  }
  if (schema instanceof z.ZodObject && typeof value === "object") {
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, child]) =>
      collectAmounts(child, (value as Record<string, unknown>)[key], [...path, key]),
    );
  }
  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    return value.flatMap((item, index) =>
      collectAmounts(schema.element as z.ZodType, item, [...path, index]),
    );
  }
  return [];
};
