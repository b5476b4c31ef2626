import * as z from "zod";
import { slugSchema, yearSchema } from "../domain/primitives";

const positiveCents = z.number().int().min(1).max(1_000_000_000_00);
const nonNegativeCents = z.number().int().min(0).max(1_000_000_000_00);

export const AUSZAHLUNG_ARTEN = ["abschlag", "schlusszahlung"] as const;
export const AUSZAHLUNG_ART_LABELS: Record<(typeof AUSZAHLUNG_ARTEN)[number], string> = {
  abschlag: "Abschlag",
  schlusszahlung: "Schlusszahlung",
};

/**
 * What the Koordinierungsstelle records about the money of one Träger, district and year: what was
 * paid out, the Rückforderung it set (its amount computed then), and the repayment received.
 */
export const zahlungVorgangSchema = z.discriminatedUnion("typ", [
  z.object({
    typ: z.literal("auszahlung"),
    art: z.enum(AUSZAHLUNG_ARTEN),
    datum: z.iso.date(),
    betrag: positiveCents,
  }),
  z.object({
    typ: z.literal("festsetzung"),
    /** Day the Rückforderung was set (Festsetzung). */
    datum: z.iso.date(),
    /** Day it is due; interest runs after it (when the programme says so). */
    faelligAm: z.iso.date(),
    /** Computed by the service from the Prüfvermerk and the payments; ignored when sent. */
    betrag: nonNegativeCents.optional(),
  }),
  z.object({ typ: z.literal("rueckzahlung"), datum: z.iso.date(), betrag: positiveCents }),
]);
export type ZahlungVorgang = z.infer<typeof zahlungVorgangSchema>;

/** One entry of the append-only ledger: never changed, never deleted; it is its own audit trail. */
export const zahlungEintragSchema = z.object({
  programmeId: slugSchema,
  year: yearSchema,
  traegerId: slugSchema,
  districtId: slugSchema,
  seq: z.number().int().min(1),
  at: z.iso.datetime({ offset: true }),
  by: z.object({ sub: z.string(), name: z.string() }),
  vorgang: zahlungVorgangSchema,
});
export type ZahlungEintrag = z.infer<typeof zahlungEintragSchema>;

/** Sums of a ledger (one Träger and district), in cents. */
export const zahlungsSummen = (eintraege: readonly Pick<ZahlungEintrag, "vorgang">[]) => {
  let ausgezahlt = 0;
  let zurueckgezahlt = 0;
  let festsetzung: Extract<ZahlungVorgang, { typ: "festsetzung" }> | undefined;
  for (const { vorgang } of eintraege) {
    if (vorgang.typ === "auszahlung") ausgezahlt += vorgang.betrag;
    else if (vorgang.typ === "rueckzahlung") zurueckgezahlt += vorgang.betrag;
    else festsetzung = vorgang; // the latest Festsetzung counts
  }
  return { ausgezahlt, zurueckgezahlt, festsetzung };
};
