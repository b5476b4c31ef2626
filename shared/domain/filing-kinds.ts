import * as z from "zod";

/** The two forms a Träger files per district and year (Anlage 3 and Anlage 1 of the Fachkonzept). */
export const FILING_KINDS = ["verwendungsnachweis", "jahresbericht"] as const;
export const filingKindSchema = z.enum(FILING_KINDS);
export type FilingKind = z.infer<typeof filingKindSchema>;

export const FILING_KIND_LABELS: Record<FilingKind, string> = {
  verwendungsnachweis: "Verwendungsnachweis",
  jahresbericht: "Jahresbericht",
};

export const isFilingKind = (value: unknown): value is FilingKind =>
  (FILING_KINDS as readonly unknown[]).includes(value);
