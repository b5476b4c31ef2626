import type { Filing } from "../filing/filing";
import type { ProgramParams } from "../programme/program-params";
import type { Verwendungsnachweis } from "../filing/verwendungsnachweis";
import { RULES_BY_KIND } from "./all-rules";
import { compareFindings, type Finding } from "./finding";
import { toFindings, type Rule } from "./rule";

export interface ValidateOptions {
  /** The Verwendungsnachweis of the same Träger, district and year, for JB-RESSOURCEN-ABGLEICH. */
  verwendungsnachweis?: Verwendungsnachweis;
}

/** Runs every rule of the filing's kind. Pure and deterministic: same input, same findings, same order. */
export const validate = (filing: Filing, params: ProgramParams, options: ValidateOptions = {}): Finding[] => {
  const context = { params, meta: filing.meta, verwendungsnachweis: options.verwendungsnachweis };
  const rules = RULES_BY_KIND[filing.kind] as Rule[];
  const findings = rules.flatMap((rule) =>
    toFindings(rule, rule.check(filing.data as never, context), params),
  );
  return findings.sort(compareFindings);
};
