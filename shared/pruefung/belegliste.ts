import * as z from "zod";
import { formatEuro } from "../money/format-money";
import { belegKostenartSchema, type BelegKostenart } from "../programme/pruefung-params";

/** One row of the Belegliste (the sheet is not wired into the workbook yet, see docs/pruefung.md). */
export const belegSchema = z.object({
  belegnr: z.string().trim().min(1).max(40),
  datum: z.iso.date(),
  zahlungsempfaenger: z.string().max(500),
  zweck: z.string().max(500),
  /** Cents. */
  betrag: z.number().int(),
  kostenart: belegKostenartSchema,
  /** Budget line (1-based, as the form numbers them) for Kostenart „budget“. */
  budgetzeile: z.number().int().min(1).nullable(),
});
export type Beleg = z.infer<typeof belegSchema>;

export interface BelegBefund {
  ruleId: "VN-BELEG-SUMME" | "VN-BELEG-BUDGETZEILE" | "VN-BELEG-DATUM" | "VN-BELEG-DOPPELT";
  /** Index of the Beleg row (0-based) or null for a sum. */
  zeile: number | null;
  message: string;
}

/** The form's sums the Belege must prove: per Kostenart, and per budget line (index 0 = line 1). */
export interface FormSummen {
  kostenarten: Partial<Record<BelegKostenart, number>>;
  budgetzeilen: readonly number[];
}

const euro = formatEuro;

/**
 * The Belegliste rules, pure: for the Kostenarten the programme proves by Belege, the sums per
 * Kostenart and per budget line agree with the form at the cent; every date lies in the Förderjahr
 * (01.01.–31.12.); no Belegnr. twice (compared trimmed, case-insensitive).
 */
export const checkBelegliste = (
  belege: readonly Beleg[],
  form: FormSummen,
  kostenarten: readonly BelegKostenart[],
  year: number,
): BelegBefund[] => {
  const found: BelegBefund[] = [];
  for (const k of kostenarten) {
    const sum = belege.filter((b) => b.kostenart === k).reduce((s, b) => s + b.betrag, 0);
    const stated = form.kostenarten[k] ?? 0;
    if (sum !== stated)
      found.push({
        ruleId: "VN-BELEG-SUMME",
        zeile: null,
        message: `Die Belege zu ${k} ergeben ${euro(sum)}, das Formular nennt ${euro(stated)}. Bitte Belegliste und Formular abgleichen.`,
      });
  }
  if (kostenarten.includes("budget"))
    form.budgetzeilen.forEach((stated, i) => {
      const sum = belege
        .filter((b) => b.kostenart === "budget" && b.budgetzeile === i + 1)
        .reduce((s, b) => s + b.betrag, 0);
      if (sum !== stated)
        found.push({
          ruleId: "VN-BELEG-BUDGETZEILE",
          zeile: null,
          message: `Die Belege zu Budgetzeile ${i + 1} ergeben ${euro(sum)}, die Budgetzeile nennt ${euro(stated)}.`,
        });
    });
  const seen = new Map<string, number>();
  belege.forEach((b, i) => {
    if (!b.datum.startsWith(`${year}-`))
      found.push({
        ruleId: "VN-BELEG-DATUM",
        zeile: i,
        message: `Beleg ${b.belegnr}: Das Datum liegt nicht im Förderjahr ${year} (01.01.–31.12.).`,
      });
    const key = b.belegnr.trim().toLowerCase();
    const first = seen.get(key);
    if (first !== undefined)
      found.push({
        ruleId: "VN-BELEG-DOPPELT",
        zeile: i,
        message: `Belegnr. ${b.belegnr} steht schon in Zeile ${first + 1}; jede Belegnummer nur einmal.`,
      });
    else seen.set(key, i);
  });
  return found;
};
