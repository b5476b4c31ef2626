import type { BelegZeile } from "../filing/belegliste-field";
import type { Filing } from "../filing/filing";

/**
 * The Belegliste of a filing's content – the one place the Stichprobe's check, the desk's table and
 * the tests read it from. A Jahresbericht has none.
 */
export const belegeOf = (content: Filing): readonly BelegZeile[] =>
  content.kind === "verwendungsnachweis" ? content.data.belegliste : [];
