import type { Filing } from "../filing/filing";
import type { Verwendungsnachweis } from "../filing/verwendungsnachweis";
import type { ProgramParams } from "../programme/program-params";
import { compareFindings, type Finding } from "./finding";
import { jbRessourcenAbgleich } from "./jahresbericht/ressourcen";
import { toFindings, type Rule } from "./rule";

/** The rules that compare a Jahresbericht with the Verwendungsnachweis of the same Träger, district and year. */
const CROSS_CHECK_RULES: readonly Rule[] = [jbRessourcenAbgleich as Rule];
const CROSS_CHECK_IDS: ReadonlySet<string> = new Set(CROSS_CHECK_RULES.map((r) => r.id));

/** Whether a finding comes from comparing with the other form (and so goes stale when that changes). */
export const isCrossCheckFinding = (finding: Pick<Finding, "ruleId">): boolean =>
  CROSS_CHECK_IDS.has(finding.ruleId);

/**
 * What comparing a Jahresbericht with a Verwendungsnachweis finds (each finding names both values):
 * none for a Verwendungsnachweis, or without a partner.
 */
export const crossCheckFindings = (
  filing: Filing,
  verwendungsnachweis: Verwendungsnachweis | undefined,
  params: ProgramParams,
): Finding[] => {
  if (filing.kind !== "jahresbericht" || !verwendungsnachweis) return [];
  const context = { params, meta: filing.meta, verwendungsnachweis };
  return CROSS_CHECK_RULES.flatMap((rule) =>
    toFindings(rule, rule.check(filing.data as never, context), params),
  );
};

/**
 * A stored Jahresbericht's findings with the comparison redone against the *current* Verwendungsnachweis
 * (a later version may have changed what it says): the reviewer's view, the consolidated „Befunde“
 * and the task pane share it. Other findings stay as stored.
 */
export const withCurrentCrossCheck = (
  findings: readonly Finding[],
  filing: Filing,
  verwendungsnachweis: Verwendungsnachweis | undefined,
  params: ProgramParams,
): Finding[] =>
  filing.kind !== "jahresbericht"
    ? [...findings]
    : [
        ...findings.filter((f) => !isCrossCheckFinding(f)),
        ...crossCheckFindings(filing, verwendungsnachweis, params),
      ].sort(compareFindings);
