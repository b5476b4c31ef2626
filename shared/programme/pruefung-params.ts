import * as z from "zod";

/**
 * The programme parameters of the city's Prüfung (issue 25), one block so they merge as one:
 * how a Rückforderung is computed, whether interest runs, and whether a Belegliste is kept.
 */
export const FINANZIERUNGSARTEN = ["fehlbedarfsfinanzierung", "festbetrag"] as const;
export const finanzierungsartSchema = z.enum(FINANZIERUNGSARTEN);
export type Finanzierungsart = z.infer<typeof finanzierungsartSchema>;

/** Kostenarten a Belegliste can prove: the four sums of the Schlussrechnung. */
export const BELEG_KOSTENARTEN = ["personalkosten", "verwaltung", "sachkosten", "budget"] as const;
export const belegKostenartSchema = z.enum(BELEG_KOSTENARTEN);
export type BelegKostenart = z.infer<typeof belegKostenartSchema>;

export const zinsenSchema = z.object({
  aktiv: z.boolean(),
  /** Yearly rate in basis points (500 = 5 %), counted per day (actual/365) from the due date. */
  jahreszinsBasisPunkte: z.number().int().min(0).max(10_000),
});

export const beleglisteParamsSchema = z.object({
  aktiv: z.boolean(),
  /** Kostenarten whose sums the Belege must prove; a Pauschale (Verwaltung) needs none. */
  kostenarten: z.array(belegKostenartSchema).max(BELEG_KOSTENARTEN.length),
});

export const DEFAULT_PRUEFUNG_PARAMS = {
  finanzierungsart: "fehlbedarfsfinanzierung",
  zinsen: { aktiv: false, jahreszinsBasisPunkte: 500 },
  belegliste: { aktiv: true, kostenarten: ["personalkosten", "sachkosten", "budget"] },
} as const satisfies {
  finanzierungsart: Finanzierungsart;
  zinsen: z.infer<typeof zinsenSchema>;
  belegliste: z.infer<typeof beleglisteParamsSchema>;
};

/** Spread into programParamsSchema: parameters stored before they existed get the defaults. */
export const pruefungParamsFields = {
  finanzierungsart: finanzierungsartSchema.default(DEFAULT_PRUEFUNG_PARAMS.finanzierungsart),
  zinsen: zinsenSchema.default({ ...DEFAULT_PRUEFUNG_PARAMS.zinsen }),
  belegliste: beleglisteParamsSchema.default({
    aktiv: DEFAULT_PRUEFUNG_PARAMS.belegliste.aktiv,
    kostenarten: [...DEFAULT_PRUEFUNG_PARAMS.belegliste.kostenarten],
  }),
};

/** Fresh copies of the defaults, for a pack's year. */
export const defaultPruefungParams = () => ({
  finanzierungsart: DEFAULT_PRUEFUNG_PARAMS.finanzierungsart as Finanzierungsart,
  zinsen: { ...DEFAULT_PRUEFUNG_PARAMS.zinsen },
  belegliste: {
    aktiv: DEFAULT_PRUEFUNG_PARAMS.belegliste.aktiv as boolean,
    kostenarten: [...DEFAULT_PRUEFUNG_PARAMS.belegliste.kostenarten] as BelegKostenart[],
  },
});
