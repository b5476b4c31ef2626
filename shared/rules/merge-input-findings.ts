import { pathKey } from "../filing/path-access";
import { compareFindings, type Finding } from "./finding";

/** Input findings whose cell was still read as a value the rules can judge. */
const READ_AS_VALUE: ReadonlySet<string> = new Set(["EINGABE-TEXTBETRAG"]);

/**
 * Joins the findings from reading input (EINGABE-*) with the rule findings of the filing read from
 * it. A rule finding on a field that already has an input finding is left out: the value there is
 * not what the user meant, and the input finding already says what to fix – one bad cell, one message.
 * Except where the cell was read as the value it says (a text amount): its rules count as well.
 */
export const mergeInputFindings = (
  inputFindings: readonly Finding[],
  ruleFindings: readonly Finding[],
): Finding[] => {
  // A text amount is read as the amount it says: the rules judge that value too, so the user
  // learns about a broken cap together with the text, not only after fixing it.
  const unreadable = new Set(
    inputFindings.filter((f) => !READ_AS_VALUE.has(f.ruleId)).map((f) => pathKey(f.location.path)),
  );
  return [...inputFindings, ...ruleFindings.filter((f) => !unreadable.has(pathKey(f.location.path)))].sort(
    compareFindings,
  );
};
