import type { Filing } from "../filing/filing";
import { getIn } from "../filing/path-access";
import type { Finding } from "./finding";

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === false ||
  (typeof value === "string" && value.trim() === "");

/**
 * Splits the findings of a live check into what is still to fill in („noch auszufüllen“: a Fehler at
 * a field that is empty – a fresh template's Pflichtangaben, signature, Begründung) and everything
 * else. The task pane counts the first apart until the user submits, so a new template does not
 * open with Fehler that only say "empty"; the check before submitting and the server stay strict.
 */
export const splitOpenFindings = (
  filing: Filing,
  findings: readonly Finding[],
): { open: Finding[]; findings: Finding[] } => {
  const open: Finding[] = [];
  const rest: Finding[] = [];
  for (const f of findings) {
    const unfilled =
      f.severity === "fehler" &&
      f.location.kind === filing.kind &&
      !f.ruleId.startsWith("EINGABE-") &&
      f.location.path.length > 0 &&
      isEmpty(getIn(filing.data, f.location.path));
    (unfilled ? open : rest).push(f);
  }
  return { open, findings: rest };
};
