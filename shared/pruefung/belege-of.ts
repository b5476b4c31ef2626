import type { Filing } from "../filing/filing";
import type { Beleg } from "./belegliste";

/**
 * The Belegliste of a filing's content – the one place that knows where the filing keeps it
 * (the Stichprobe's check, the desk's table, the tests). A Jahresbericht has none.
 */
export const belegeOf = (content: Filing): Beleg[] =>
  content.kind === "verwendungsnachweis" ? ((content.data as { belegliste?: Beleg[] }).belegliste ?? []) : [];
