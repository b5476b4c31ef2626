import * as z from "zod";
import { textSchema } from "../domain/primitives";

/** Who signed off a step of the city's check, and when. */
const vermerkSchema = z.object({
  name: textSchema.trim().min(1),
  datum: z.iso.date(),
});

/**
 * 7. Prüfung (nur Zuwendungsgeber) of a Verwendungsnachweis: the city's own notes at the end
 * of Anlage 3. The workflow writes them; they are no part of the filing, the Träger never fills
 * them, and the workbook reader never reads them back. A step not done yet is null.
 */
export const pruefungSchema = z.object({
  /**
   * The Koordinierungsstelle: rechnerische Richtigkeit geprüft, with the Prüfvermerk's
   * Prüfumfang and Ergebnis in words (absent for reviews recorded before the Prüfvermerk existed).
   */
  geprueft: vermerkSchema
    .extend({ umfang: z.string().optional(), ergebnis: z.string().optional() })
    .nullable(),
  /** The Leitung: zur Kenntnis genommen. */
  kenntnis: vermerkSchema.nullable(),
  /** Forwarded to the programme's `vorgangsstelle` (51.12 in Lüneburg) to join the file. */
  weitergeleitet: z.object({ datum: z.iso.date() }).nullable(),
});

export type Pruefung = z.infer<typeof pruefungSchema>;
