import * as z from "zod";

/** How much a finding weighs: a Fehler blocks submitting, a Warnung and a Hinweis do not. */
export const SEVERITIES = ["fehler", "warnung", "hinweis"] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

export const SEVERITY_LABELS: Record<Severity, string> = {
  fehler: "Fehler",
  warnung: "Warnung",
  hinweis: "Hinweis",
};
