import { formatEuro } from "../money/format-money";
import { KOSTENART_LABELS, KOSTENARTEN, type Kostenart, type NichtAnerkannt } from "./pruefvermerk";

/** The four costs of a version's Schlussrechnung, in cents (null: not stated, counts as 0). */
export type KostenDerVersion = Readonly<Record<Kostenart, number | null>>;

/**
 * A Prüfvermerk cannot refuse more of a Kostenart than the version states for it: the German reason
 * for the first Kostenart whose „nicht anerkannt“ exceeds its amount, naming both; undefined when
 * every amount fits (equal is allowed: the whole Kostenart not recognised). One rule for the task
 * pane's form and the API (functions/core/check-pruefvermerk.ts).
 */
export const nichtAnerkanntUeberKosten = (
  nichtAnerkannt: NichtAnerkannt,
  kosten: KostenDerVersion,
): string | undefined => {
  for (const k of KOSTENARTEN) {
    const refused = nichtAnerkannt[k] ?? 0;
    const stated = kosten[k] ?? 0;
    if (refused > stated)
      return `Nicht anerkannt, ${KOSTENART_LABELS[k]}: ${formatEuro(refused)} ist mehr als die ${KOSTENART_LABELS[k]} der Version (${formatEuro(stated)}). Höchstens der angegebene Betrag kann nicht anerkannt werden.`;
  }
  return undefined;
};
