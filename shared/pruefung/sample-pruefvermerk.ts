import type { PruefvermerkInput } from "./pruefvermerk";

/** A complete Prüfvermerk without Beanstandung, for the demo data and tests that only need a step. */
export const SAMPLE_PRUEFVERMERK: PruefvermerkInput = {
  umfang: { rechnerisch: true, sachlich: true, belegpruefung: { art: "keine" } },
  ergebnis: { art: "ohne_beanstandung" },
};

/** „pruefen“ with the sample Prüfvermerk, every open Warnung of `findings` acknowledged. */
export const samplePruefenRequest = (
  findings: readonly { ruleId: string; severity: string }[] = [],
  grund = "Mit dem Träger geklärt.",
) => {
  const open = [...new Set(findings.filter((f) => f.severity === "warnung").map((f) => f.ruleId))];
  return {
    action: "pruefen" as const,
    pruefvermerk: SAMPLE_PRUEFVERMERK,
    ...(open.length > 0 && { quittierungen: open.map((ruleId) => ({ ruleId, grund })) }),
  };
};
