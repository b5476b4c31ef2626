import * as z from "zod";
import { WIRKUNGSTREPPE } from "../domain/wirkungstreppe";
import type { Filing } from "../filing/filing";
import { sumCents } from "../money/cents";
import { computeVerwendungsnachweis } from "../rules/compute-verwendungsnachweis";

/** Index 0 counts effects without a step, 1–7 the steps of the Wirkungstreppe. */
export const STEP_SLOTS = WIRKUNGSTREPPE.length + 1;

/**
 * The figures a list or the consolidated overview shows for a filing, derived once at submit time and
 * kept on the head, so nobody opens every filing to see its money. Cents; null where the form has no
 * such figure (a Jahresbericht states no Zuschuss). For a Jahresbericht the four cost blocks are 3.1
 * (Stadtteilmanagement = budget) and the Eigenmittel stand in `weitereEinnahmen`.
 */
export const filingAmountsSchema = z.object({
  zuschuss: z.number().int().nullable(),
  weitereEinnahmen: z.number().int(),
  personal: z.number().int(),
  verwaltung: z.number().int(),
  sachkosten: z.number().int(),
  budget: z.number().int(),
  /** The four cost blocks, computed (not the stated result). */
  kostensumme: z.number().int(),
  /** (Zuschuss + weitere Einnahmen) − Kostensumme; null for a Jahresbericht. */
  differenz: z.number().int().nullable(),
  /** Sum of the Teilnehmerzahlen of 3.5 (Jahresbericht), else 0. */
  teilnehmer: z.number().int(),
  /** Effects of 3.4 per step: [ohne Stufe, Stufe 1, …, Stufe 7]. */
  wirkungenJeStufe: z.array(z.number().int()).length(STEP_SLOTS),
});
export type FilingAmounts = z.infer<typeof filingAmountsSchema>;

const wholeOrZero = (n: number | null) => (n !== null && Number.isInteger(n) && n > 0 ? n : 0);

export const filingAmounts = (filing: Filing): FilingAmounts => {
  if (filing.kind === "verwendungsnachweis") {
    // The cap does not enter any figure here; 0 basis points keeps the computation param-free.
    const t = computeVerwendungsnachweis(filing.data, { verwaltungCapBasisPoints: 0 });
    return {
      zuschuss: filing.data.kopf.zuschuss,
      weitereEinnahmen: t.weitereEinnahmen,
      personal: t.personalkosten,
      verwaltung: t.verwaltung,
      sachkosten: t.sachkosten,
      budget: t.budget,
      kostensumme: t.kostensumme,
      differenz: t.differenz,
      teilnehmer: 0,
      wirkungenJeStufe: new Array<number>(STEP_SLOTS).fill(0),
    };
  }
  const r = filing.data.ressourcen;
  const steps = new Array<number>(STEP_SLOTS).fill(0);
  for (const w of filing.data.wirkungen) steps[w.stufe ?? 0]! += 1;
  const costs = [r.personalkosten, r.verwaltung, r.sachkosten, r.stadtteilmanagement];
  return {
    zuschuss: null,
    weitereEinnahmen: r.eigenmittel ?? 0,
    personal: r.personalkosten ?? 0,
    verwaltung: r.verwaltung ?? 0,
    sachkosten: r.sachkosten ?? 0,
    budget: r.stadtteilmanagement ?? 0,
    kostensumme: sumCents(costs),
    differenz: null,
    teilnehmer: sumCents(filing.data.angebote.map((a) => wholeOrZero(a.teilnehmerzahl))),
    wirkungenJeStufe: steps,
  };
};
