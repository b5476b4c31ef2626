import type { VerwendungsnachweisFiling } from "../filing/filing";
import type { Beleg } from "./belegliste";

/** The Beleg of the sample Stichprobe's Beanstandung: Sachkosten of exactly 1.200,00 €. */
export const SAMPLE_BEANSTANDETER_BELEG = "B-2";

/**
 * A Verwendungsnachweis with a Belegliste that proves its Personal-, Sach- and Budgetkosten at the
 * cent (one row for the staff costs, the Sachkosten as 1.200,00 € plus the rest, one row per budget
 * line), every date inside the Förderjahr – for the demo, the Stichprobe's tests and its E2E.
 */
export const withSampleBelegliste = (filing: VerwendungsnachweisFiling): VerwendungsnachweisFiling => {
  const next = structuredClone(filing);
  const vn = next.data;
  const year = next.meta.year;
  const rows: Beleg[] = [];
  const add = (
    datum: string,
    zahlungsempfaenger: string,
    zweck: string,
    betrag: number,
    extra: Pick<Beleg, "kostenart" | "budgetzeile">,
  ) => {
    if (betrag > 0)
      rows.push({ belegnr: `B-${rows.length + 1}`, datum, zahlungsempfaenger, zweck, betrag, ...extra });
  };
  const personal = vn.personal.zeilen.reduce((s, z) => s + (z.personalkosten ?? 0), 0);
  add(`${year}-12-31`, "Gehaltsabrechnung", "Personalkosten des Jahres", personal, {
    kostenart: "personalkosten",
    budgetzeile: null,
  });
  const sach = vn.sachkosten ?? 0;
  const first = Math.min(sach, 1_200_00);
  add(`${year}-03-12`, "Druckerei Lüne", "Flyer Stadtteilfest", first, {
    kostenart: "sachkosten",
    budgetzeile: null,
  });
  add(`${year}-06-20`, "Bürobedarf am Sande", "Büromaterial", sach - first, {
    kostenart: "sachkosten",
    budgetzeile: null,
  });
  vn.budget.zeilen.forEach((z, i) =>
    add(
      `${year}-09-${String(1 + (i % 28)).padStart(2, "0")}`,
      "Honorarkraft",
      `Budgetzeile ${i + 1}`,
      z.betrag ?? 0,
      {
        kostenart: "budget",
        budgetzeile: i + 1,
      },
    ),
  );
  (vn as { belegliste?: Beleg[] }).belegliste = rows;
  return next;
};
