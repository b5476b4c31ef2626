import * as z from "zod";
import { TEXT_MAX_LENGTH } from "../domain/primitives";
import { formatEuro } from "../money/format-money";

/**
 * The Kostenarten of the Schlussrechnung a Beanstandung can refuse to recognise: the four sums that
 * make up the Kostensumme (Anlage 3, 4. Schlussrechnung), so the recognised costs follow from them.
 */
export const KOSTENARTEN = ["personalkosten", "verwaltung", "sachkosten", "budget"] as const;
export const kostenartSchema = z.enum(KOSTENARTEN);
export type Kostenart = z.infer<typeof kostenartSchema>;

export const KOSTENART_LABELS: Record<Kostenart, string> = {
  personalkosten: "Personalkosten",
  verwaltung: "Verwaltungs- und Leitungskosten",
  sachkosten: "Sachkosten",
  budget: "Budget (präventive Angebote)",
};

const shortText = z.string().trim().min(1).max(TEXT_MAX_LENGTH);
const nonNegativeCents = z.number().int().min(0).max(1_000_000_000_00);

/** Which Belege were looked at: none, all, or a Stichprobe naming the lines or Belege checked. */
export const belegpruefungSchema = z.discriminatedUnion("art", [
  z.object({ art: z.literal("keine") }),
  z.object({ art: z.literal("vollstaendig") }),
  z.object({ art: z.literal("stichprobe"), zeilen: z.array(shortText).min(1).max(200) }),
]);

/** Prüfumfang: what the Koordinierungsstelle checked. At least one of the two checks is done. */
export const pruefumfangSchema = z
  .object({
    rechnerisch: z.boolean(),
    sachlich: z.boolean(),
    belegpruefung: belegpruefungSchema,
  })
  .refine((u) => u.rechnerisch || u.sachlich, {
    message: "Prüfumfang: mindestens „rechnerisch“ oder „sachlich“ ankreuzen.",
  });

/** Amounts not recognised, in cents, per Kostenart; a Kostenart not named is recognised in full. */
export const nichtAnerkanntSchema = z.partialRecord(kostenartSchema, nonNegativeCents);
export type NichtAnerkannt = z.infer<typeof nichtAnerkanntSchema>;

export const ergebnisSchema = z.discriminatedUnion("art", [
  z.object({ art: z.literal("ohne_beanstandung") }),
  z.object({
    art: z.literal("mit_beanstandung"),
    text: z.string().trim().min(1).max(2_000),
    nichtAnerkannt: nichtAnerkanntSchema.default({}),
  }),
]);
export type Ergebnis = z.infer<typeof ergebnisSchema>;

/** What the reviewer sends with „pruefen“. */
export const pruefvermerkInputSchema = z.object({
  umfang: pruefumfangSchema,
  ergebnis: ergebnisSchema,
});
export type PruefvermerkInput = z.infer<typeof pruefvermerkInputSchema>;

/** The Prüfvermerk as stored in the audit entry: the input plus Prüfer*in and day (Europe/Berlin). */
export const pruefvermerkSchema = pruefvermerkInputSchema.extend({
  pruefer: z.object({ sub: z.string(), name: z.string() }),
  datum: z.iso.date(),
});
export type Pruefvermerk = z.infer<typeof pruefvermerkSchema>;

/** One open Warnung the reviewer acknowledges, with the reason it does not stand in the way. */
export const quittierungSchema = z.object({
  ruleId: z.string().min(1).max(80),
  grund: shortText,
});
export type Quittierung = z.infer<typeof quittierungSchema>;

/** Sum of the amounts not recognised, in cents (0 without Beanstandung). */
export const nichtAnerkanntSumme = (ergebnis: Ergebnis): number =>
  ergebnis.art === "ohne_beanstandung"
    ? 0
    : KOSTENARTEN.reduce((sum, k) => sum + (ergebnis.nichtAnerkannt[k] ?? 0), 0);

/** The Prüfumfang in one German line, as section 6 of the printout shows it. */
export const describeUmfang = (umfang: Pruefvermerk["umfang"]): string => {
  const parts = [umfang.rechnerisch && "rechnerisch", umfang.sachlich && "sachlich"].filter(Boolean);
  const belege =
    umfang.belegpruefung.art === "vollstaendig"
      ? "Belegprüfung vollständig"
      : umfang.belegpruefung.art === "stichprobe"
        ? `Belegprüfung als Stichprobe (${umfang.belegpruefung.zeilen.join(", ")})`
        : "ohne Belegprüfung";
  return `${parts.join(" und ")} geprüft; ${belege}`;
};

/** The Ergebnis in German, each amount not recognised with its Kostenart. */
export const describeErgebnis = (ergebnis: Ergebnis): string => {
  if (ergebnis.art === "ohne_beanstandung") return "ohne Beanstandung";
  const amounts = KOSTENARTEN.filter((k) => (ergebnis.nichtAnerkannt[k] ?? 0) > 0).map(
    (k) => `${formatEuro(ergebnis.nichtAnerkannt[k]!)} ${KOSTENART_LABELS[k]} nicht anerkannt`,
  );
  return ["mit Beanstandung", ...amounts].join(", ") + `: ${ergebnis.text}`;
};
