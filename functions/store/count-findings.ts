import type { Finding } from "../../shared/rules/finding";
import type { FindingCounts } from "../../shared/api/records";

/** Counts per severity, kept on head and version so lists need not load the findings. */
export const countFindings = (findings: readonly Finding[]): FindingCounts => {
  const counts: FindingCounts = { fehler: 0, warnung: 0, hinweis: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
};
