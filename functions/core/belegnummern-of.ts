import type { Filing } from "../../shared/filing/filing";
import { belegeOf } from "../../shared/pruefung/belege-of";

/** The Belegnummern of a version's Belegliste, in its order; a row without one cannot be requested. */
export const belegnummernOf = (content: Filing): string[] =>
  belegeOf(content)
    .map((b) => b.belegnr.trim())
    .filter((b) => b !== "");
