import * as z from "zod";
import type { BelegZeile } from "../filing/belegliste-field";
import { VN_LABELS } from "../filing/labels";
import { formatEuro } from "../money/format-money";
import { belegKostenartSchema, type BelegKostenart } from "../programme/pruefung-params";

export { belegZeileSchema, type BelegZeile } from "../filing/belegliste-field";

/**
 * A complete Beleg: what a row of the Belegliste (`BelegZeile`, sheet „Belegliste“) holds once
 * every cell is filled. Same field names, nothing may be empty.
 */
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

export type BelegRuleId =
  "VN-BELEG-SUMME" | "VN-BELEG-BUDGETZEILE" | "VN-BELEG-DATUM" | "VN-BELEG-DOPPELT" | "VN-BELEG-ANGABEN";

export interface BelegBefund {
  ruleId: BelegRuleId;
  /** Index of the Beleg row (0-based) or null for a sum. */
  zeile: number | null;
  /** The cell of the row the finding is about. */
  feld?: keyof BelegZeile;
  /** The Kostenart of a sum finding (VN-BELEG-SUMME). */
  kostenart?: BelegKostenart;
  /** The budget line (1-based) of a VN-BELEG-BUDGETZEILE finding. */
  budgetzeile?: number;
  /** The row where the same Belegnr. stood first (VN-BELEG-DOPPELT). */
  ersteZeile?: number;
  message: string;
}

/** The form's sums the Belege must prove: per Kostenart, and per budget line (index 0 = line 1). */
export interface FormSummen {
  kostenarten: Partial<Record<BelegKostenart, number>>;
  budgetzeilen: readonly number[];
}

const euro = formatEuro;
const label = (k: BelegKostenart) => VN_LABELS.belegliste.summe[k];
const L = VN_LABELS.belegliste;
const nr = (b: BelegZeile, i: number) => (b.belegnr.trim() === "" ? `Zeile ${i + 1}` : `Beleg ${b.belegnr}`);
const isEmpty = (b: BelegZeile) =>
  b.belegnr.trim() === "" &&
  b.datum === null &&
  b.zahlungsempfaenger.trim() === "" &&
  b.zweck.trim() === "" &&
  b.betrag === null &&
  b.kostenart === null &&
  b.budgetzeile === null;

const sumOf = (belege: readonly BelegZeile[], keep: (b: BelegZeile) => boolean) =>
  belege.filter(keep).reduce((s, b) => s + (b.betrag ?? 0), 0);

/** Sums per Kostenart and per budget line; none while the list is empty (see `checkBelegliste`). */
const sumFindings = (
  belege: readonly BelegZeile[],
  form: FormSummen,
  kostenarten: readonly BelegKostenart[],
): BelegBefund[] => {
  const found: BelegBefund[] = [];
  for (const k of kostenarten) {
    const sum = sumOf(belege, (b) => b.kostenart === k);
    const stated = form.kostenarten[k] ?? 0;
    if (sum !== stated)
      found.push({
        ruleId: "VN-BELEG-SUMME",
        zeile: null,
        kostenart: k,
        message: `Die Belege zu „${label(k)}“ ergeben ${euro(sum)}, das Formular nennt ${euro(stated)} (Differenz ${euro(stated - sum)}). Bitte Belegliste und Formular centgenau abgleichen.`,
      });
  }
  if (!kostenarten.includes("budget")) return found;
  const lines = form.budgetzeilen.length;
  form.budgetzeilen.forEach((stated, i) => {
    const sum = sumOf(belege, (b) => b.kostenart === "budget" && b.budgetzeile === i + 1);
    if (sum !== stated)
      found.push({
        ruleId: "VN-BELEG-BUDGETZEILE",
        zeile: null,
        budgetzeile: i + 1,
        message: `Die Belege zu Budgetzeile ${i + 1} ergeben ${euro(sum)}, die Budgetzeile nennt ${euro(stated)}. Bitte die Belege dieser Zeile (Spalte „${L.budgetzeile}“) und ihren Betrag abgleichen.`,
      });
  });
  belege.forEach((b, i) => {
    const zeile = b.budgetzeile;
    const message =
      b.kostenart === "budget" && zeile === null
        ? `${nr(b, i)}: Für die Kostenart des Budgets fehlt die Budgetzeile. Bitte die Nummer der Zeile auf Blatt „Budgetzeilen“ eintragen (1–${lines}).`
        : b.kostenart === "budget" && zeile !== null && zeile > lines
          ? `${nr(b, i)}: Budgetzeile ${zeile} gibt es im Formular nicht (${lines} Zeilen). Bitte die richtige Zeile eintragen.`
          : b.kostenart !== "budget" && zeile !== null
            ? `${nr(b, i)}: Eine Budgetzeile gehört nur zur Kostenart des Budgets. Bitte die Budgetzeile leeren oder die Kostenart ändern.`
            : undefined;
    if (message) found.push({ ruleId: "VN-BELEG-BUDGETZEILE", zeile: i, feld: "budgetzeile", message });
  });
  return found;
};

/**
 * The Belegliste rules, pure: for the Kostenarten the programme proves by Belege, the sums per
 * Kostenart and per budget line agree with the form at the cent; every date lies in the Förderjahr
 * (01.01.–31.12.); no Belegnr. twice (compared trimmed, case-insensitive); a row with an entry names
 * Belegnr., Datum, Betrag and Kostenart. An empty list is no Belegliste kept (a workbook issued
 * before the sheet, a client sending content of schema version 3): its sums are not compared, so
 * such a filing reads as it did.
 */
export const checkBelegliste = (
  belege: readonly BelegZeile[],
  form: FormSummen,
  kostenarten: readonly BelegKostenart[],
  year: number,
): BelegBefund[] => {
  const found: BelegBefund[] = belege.length > 0 ? sumFindings(belege, form, kostenarten) : [];
  const seen = new Map<string, number>();
  belege.forEach((b, i) => {
    if (isEmpty(b)) return;
    const missing = (["belegnr", "datum", "betrag", "kostenart"] as const).filter((k) =>
      k === "belegnr" ? b.belegnr.trim() === "" : b[k] === null,
    );
    if (missing.length > 0)
      found.push({
        ruleId: "VN-BELEG-ANGABEN",
        zeile: i,
        feld: missing[0]!,
        message: `${nr(b, i)}: Es fehlt ${missing.map((k) => `„${L[k]}“`).join(", ")}. Bitte ergänzen oder die Zeile leeren.`,
      });
    // An empty date or Belegnr. is VN-BELEG-ANGABEN's to report, not a date outside the year.
    if (b.datum !== null && !b.datum.startsWith(`${year}-`))
      found.push({
        ruleId: "VN-BELEG-DATUM",
        zeile: i,
        feld: "datum",
        message: `${nr(b, i)}: Das Datum liegt nicht im Förderjahr ${year} (01.01.–31.12.). Bitte das Datum prüfen oder den Beleg herausnehmen.`,
      });
    const key = b.belegnr.trim().toLowerCase();
    if (key === "") return;
    const first = seen.get(key);
    if (first !== undefined)
      found.push({
        ruleId: "VN-BELEG-DOPPELT",
        zeile: i,
        feld: "belegnr",
        ersteZeile: first,
        message: `Belegnr. ${b.belegnr.trim()} steht schon in Zeile ${first + 1}; jede Belegnummer nur einmal. Bitte eine eigene Nummer vergeben oder den doppelten Beleg herausnehmen.`,
      });
    else seen.set(key, i);
  });
  return found;
};
