import * as z from "zod";
import { filingKindSchema } from "../domain/filing-kinds";
import { severitySchema, type Severity } from "../domain/severity";
import { compareFieldPaths } from "../filing/labels";

export { SEVERITIES, SEVERITY_LABELS, severitySchema, type Severity } from "../domain/severity";

/** Path into a filing's `data`, e.g. ["personal", "zeilen", 2, "stellenanteil"]. */
export const fieldPathSchema = z.array(z.union([z.string(), z.number().int().nonnegative()]));

export const findingLocationSchema = z.object({
  kind: filingKindSchema,
  path: fieldPathSchema,
  /** "1. Personalkosten › Zeile 3 › Stellenanteil" */
  label: z.string(),
  /** Sheet and cell, e.g. "'Verwendungsnachweis'!F14" – added where a workbook is involved. */
  cell: z.string().optional(),
});

export const findingSchema = z.object({
  ruleId: z.string(),
  severity: severitySchema,
  /** German, says what is wrong and what to do. */
  message: z.string(),
  location: findingLocationSchema,
  /** The other place involved, e.g. the Verwendungsnachweis cell a Jahresbericht figure must match. */
  related: findingLocationSchema.optional(),
});

export type Finding = z.infer<typeof findingSchema>;
export type FindingLocation = z.infer<typeof findingLocationSchema>;

export const hasFehler = (findings: readonly Finding[]): boolean =>
  findings.some((f) => f.severity === "fehler");

const SEVERITY_ORDER: Record<Severity, number> = { fehler: 0, warnung: 1, hinweis: 2 };

/** Deterministic order: severity, then place in the form (paper order), then rule. */
export const compareFindings = (a: Finding, b: Finding): number =>
  SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
  compareText(a.location.kind, b.location.kind) ||
  compareFieldPaths(a.location.kind, a.location.path, b.location.path) ||
  compareText(a.ruleId, b.ruleId);

// Code-point order, not localeCompare: the add-in, the CLI and the Lambda must agree on the order
// whatever locale their runtime has.
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
