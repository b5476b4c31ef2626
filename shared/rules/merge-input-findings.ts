import { pathKey } from "../filing/path-access";
import { compareFindings, type Finding } from "./finding";

/**
 * Joins the findings from reading input (EINGABE-*) with the rule findings of the filing read from
 * it. A rule finding on a field that already has an input finding is left out: the value there is
 * not what the user meant, and the input finding already says what to fix – one bad cell, one message.
 */
export const mergeInputFindings = (
  inputFindings: readonly Finding[],
  ruleFindings: readonly Finding[],
): Finding[] => {
  const unreadable = new Set(inputFindings.map((f) => pathKey(f.location.path)));
  return [...inputFindings, ...ruleFindings.filter((f) => !unreadable.has(pathKey(f.location.path)))].sort(
    compareFindings,
  );
};
