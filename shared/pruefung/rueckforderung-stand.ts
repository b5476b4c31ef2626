import * as z from "zod";
import type { ProgramParams } from "../programme/program-params";
import type { Pruefvermerk } from "./pruefvermerk";
import { computeRueckforderung, computeVerzugszinsen } from "./rueckforderung";
import { rueckforderungInput, type RueckforderungAmounts } from "./rueckforderung-eingabe";
import { zahlungsSummen, type ZahlungEintrag } from "./zahlung";

const cents = z.number().int();

/** Money of one Verwendungsnachweis as the filing detail and the year list show it (cents). */
export const zahlungsStandSchema = z.object({
  /** Granted Zuschuss of the year's parameters; null when none is recorded. */
  bewilligt: cents.nullable(),
  ausgezahlt: cents,
  /** Zuschuss the Träger stated in the form. */
  angegeben: cents.nullable(),
  /** Follows from the Prüfvermerk; null until one is written. */
  rueckforderung: z
    .object({ anerkannt: cents, zustehend: cents, betrag: cents, finanzierungsart: z.string() })
    .nullable(),
  festsetzung: z.object({ datum: z.iso.date(), faelligAm: z.iso.date(), betrag: cents }).nullable(),
  zurueckgezahlt: cents,
  zinsen: cents,
  /** Festgesetzt + Zinsen − zurückgezahlt, never below 0. */
  offen: cents,
});
export type ZahlungsStand = z.infer<typeof zahlungsStandSchema>;

export interface ZahlungsStandInput {
  params: Pick<ProgramParams, "zuschuesse" | "finanzierungsart" | "zinsen">;
  traegerId: string;
  districtId: string;
  /** From the latest version: stated Zuschuss, Kostensumme, weitere Einnahmen. */
  amounts: RueckforderungAmounts & { zuschuss: number | null };
  pruefvermerk: Pruefvermerk | undefined;
  eintraege: readonly ZahlungEintrag[];
  /** Today in Lüneburg, for interest on a Rückforderung not yet repaid. */
  heute: string;
}

/** Granted, paid, stated, and what follows from them (docs/pruefung.md, „Rückforderung“). */
export const zahlungsStand = (input: ZahlungsStandInput): ZahlungsStand => {
  const { params, amounts } = input;
  const bewilligt =
    params.zuschuesse.find((z) => z.traegerId === input.traegerId && z.districtId === input.districtId)
      ?.betrag ?? null;
  const { ausgezahlt, zurueckgezahlt, festsetzung } = zahlungsSummen(input.eintraege);
  const rueckforderung = input.pruefvermerk
    ? {
        ...computeRueckforderung(
          rueckforderungInput({
            finanzierungsart: params.finanzierungsart,
            amounts,
            ergebnis: input.pruefvermerk.ergebnis,
            ausgezahlt,
            bewilligt,
          }),
        ),
        finanzierungsart: params.finanzierungsart,
      }
    : null;
  const festgesetzt = festsetzung
    ? { datum: festsetzung.datum, faelligAm: festsetzung.faelligAm, betrag: festsetzung.betrag ?? 0 }
    : null;
  // Interest runs on what is still open, until it is repaid or until today (docs/pruefung.md).
  const zinsen =
    festgesetzt && params.zinsen.aktiv
      ? computeVerzugszinsen({
          betrag: festgesetzt.betrag,
          faelligAm: festgesetzt.faelligAm,
          rueckzahlungen: rueckzahlungen(input.eintraege),
          bis: input.heute,
          jahreszinsBasisPunkte: params.zinsen.jahreszinsBasisPunkte,
        })
      : 0;
  return {
    bewilligt,
    ausgezahlt,
    angegeben: amounts.zuschuss,
    rueckforderung,
    festsetzung: festgesetzt,
    zurueckgezahlt,
    zinsen,
    offen: Math.max(0, (festgesetzt?.betrag ?? 0) + zinsen - zurueckgezahlt),
  };
};

const rueckzahlungen = (eintraege: readonly ZahlungEintrag[]) =>
  eintraege.flatMap((e) => (e.vorgang.typ === "rueckzahlung" ? [e.vorgang] : []));
