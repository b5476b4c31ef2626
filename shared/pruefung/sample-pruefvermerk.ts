import type { NichtAnerkannt, PruefvermerkInput } from "./pruefvermerk";

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

/**
 * „pruefen“ rechnerisch and sachlich with every Beleg checked, mit Beanstandung: `text` and the
 * amounts not recognised; every open Warnung of `findings` acknowledged.
 */
export const samplePruefenMitBeanstandung = (
  findings: readonly { ruleId: string; severity: string }[],
  text: string,
  nichtAnerkannt: NichtAnerkannt,
) => ({
  ...samplePruefenRequest(findings),
  pruefvermerk: {
    umfang: { rechnerisch: true, sachlich: true, belegpruefung: { art: "vollstaendig" as const } },
    ergebnis: { art: "mit_beanstandung" as const, text, nichtAnerkannt },
  },
});
