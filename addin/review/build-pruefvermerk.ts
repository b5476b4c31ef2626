import { parseGermanAmount } from "../../shared/money/parse-money";
import {
  nichtAnerkanntUeberKosten,
  type KostenDerVersion,
} from "../../shared/pruefung/nicht-anerkannt-grenze";
import {
  KOSTENART_LABELS,
  KOSTENARTEN,
  type Kostenart,
  type PruefvermerkInput,
  type Quittierung,
} from "../../shared/pruefung/pruefvermerk";

/** What the Prüfvermerk form holds while the reviewer types: text as typed, checked boxes. */
export interface PruefvermerkDraft {
  rechnerisch: boolean;
  sachlich: boolean;
  belege: "keine" | "vollstaendig" | "stichprobe";
  stichprobe: string;
  mitBeanstandung: boolean;
  text: string;
  nichtAnerkannt: Partial<Record<Kostenart, string>>;
  /** Reason per open Warnung, by rule id. */
  gruende: Record<string, string>;
}

export const emptyPruefvermerkDraft = (): PruefvermerkDraft => ({
  rechnerisch: true,
  sachlich: true,
  belege: "keine",
  stichprobe: "",
  mitBeanstandung: false,
  text: "",
  nichtAnerkannt: {},
  gruende: {},
});

/**
 * The draft with the Stichprobe's Belege as the Prüfumfang, while the reviewer has not chosen a
 * Belegprüfung yet (still „keine“ and no lines); a choice already made stays as it is.
 */
export const prefillStichprobe = (draft: PruefvermerkDraft, belegnummern: readonly string[]) =>
  draft.belege !== "keine" || draft.stichprobe.trim() || belegnummern.length === 0
    ? draft
    : { ...draft, belege: "stichprobe" as const, stichprobe: belegnummern.join(", ") };

/**
 * The request parts of „pruefen“ from the form, or the German reason it is not complete yet (the
 * same checks the API makes, said where the reviewer is typing). `kosten`: the four costs of the
 * version's Schlussrechnung, so no Kostenart is refused beyond its amount (the API's rule).
 */
export const buildPruefvermerk = (
  draft: PruefvermerkDraft,
  openWarnungen: readonly string[],
  kosten?: KostenDerVersion,
):
  | { ok: true; pruefvermerk: PruefvermerkInput; quittierungen: Quittierung[] }
  | { ok: false; error: string } => {
  if (!draft.rechnerisch && !draft.sachlich)
    return { ok: false, error: "Prüfumfang: bitte „rechnerisch“ oder „sachlich“ ankreuzen." };
  const zeilen = draft.stichprobe
    .split(/[,;\n]/)
    .map((z) => z.trim())
    .filter(Boolean);
  if (draft.belege === "stichprobe" && zeilen.length === 0)
    return { ok: false, error: "Stichprobe: bitte die geprüften Zeilen oder Belegnummern nennen." };
  const missing = openWarnungen.filter((id) => !draft.gruende[id]?.trim());
  if (missing.length > 0)
    return {
      ok: false,
      error: `Bitte jede offene Warnung mit einer kurzen Begründung quittieren: ${missing.join(", ")}.`,
    };
  const nichtAnerkannt: Partial<Record<Kostenart, number>> = {};
  for (const k of KOSTENARTEN) {
    const parsed = parseGermanAmount(draft.nichtAnerkannt[k] ?? "");
    if (!parsed.ok) return { ok: false, error: `Nicht anerkannt, ${KOSTENART_LABELS[k]}: ${parsed.error}` };
    if (parsed.cents) nichtAnerkannt[k] = parsed.cents;
  }
  if (draft.mitBeanstandung && !draft.text.trim())
    return { ok: false, error: "Beanstandung: bitte in einem Satz sagen, was beanstandet wird." };
  const tooHigh = draft.mitBeanstandung && kosten && nichtAnerkanntUeberKosten(nichtAnerkannt, kosten);
  if (tooHigh) return { ok: false, error: tooHigh };
  return {
    ok: true,
    pruefvermerk: {
      umfang: {
        rechnerisch: draft.rechnerisch,
        sachlich: draft.sachlich,
        belegpruefung: draft.belege === "stichprobe" ? { art: "stichprobe", zeilen } : { art: draft.belege },
      },
      ergebnis: draft.mitBeanstandung
        ? { art: "mit_beanstandung", text: draft.text.trim(), nichtAnerkannt }
        : { art: "ohne_beanstandung" },
    },
    quittierungen: openWarnungen.map((ruleId) => ({ ruleId, grund: draft.gruende[ruleId]!.trim() })),
  };
};
