import type { FilingKind, FilingMeta } from "../filing/filing";
import type { Jahresbericht } from "../filing/jahresbericht";
import type { ProgramParams } from "../programme/program-params";
import type { Verwendungsnachweis } from "../filing/verwendungsnachweis";
import { labelForPath, type FieldPath } from "../filing/labels";
import type { Finding, Severity } from "./finding";

type DataOf<K extends FilingKind> = K extends "verwendungsnachweis" ? Verwendungsnachweis : Jahresbericht;

export interface RuleContext {
  params: ProgramParams;
  meta: FilingMeta;
  /** The Verwendungsnachweis of the same Träger, district and year, where one exists (cross-check). */
  verwendungsnachweis?: Verwendungsnachweis;
  /** Sum of the recorded Auszahlungen (cents), where the caller has them (VN-ZUSCHUSS-AUSGEZAHLT). */
  ausgezahlt?: number;
}

/** What a check reports; id, severity and labels are filled in from the rule. */
export interface Violation {
  path: FieldPath;
  message: string;
  related?: { kind: FilingKind; path: FieldPath };
}

export interface Rule<K extends FilingKind = FilingKind> {
  /** Stable id, e.g. VN-VERWALTUNG-CAP; never reused for another meaning. */
  id: string;
  kind: K;
  severity: Severity;
  /** One German sentence for docs/rules.md: what the rule demands. */
  title: string;
  check: (data: DataOf<K>, context: RuleContext) => Violation[];
}

export const defineRule = <K extends FilingKind>(rule: Rule<K>): Rule<K> => rule;

/**
 * The severity a rule has in a programme's year: its own, unless the year's parameters roll it out
 * differently (a new rule is a Warnung for a season before it becomes a Fehler).
 */
export const severityIn = (rule: Pick<Rule, "id" | "severity">, params?: ProgramParams): Severity =>
  params?.regelSchwere[rule.id] ?? rule.severity;

/** Turns a rule's violations into findings with labels for both places, in the programme's words. */
export const toFindings = <K extends FilingKind>(
  rule: Rule<K>,
  violations: Violation[],
  params?: ProgramParams,
): Finding[] =>
  violations.map((v) => ({
    ruleId: rule.id,
    severity: severityIn(rule, params),
    message: v.message,
    location: {
      kind: rule.kind,
      path: [...v.path],
      label: labelForPath(rule.kind, v.path, params?.programmeId),
    },
    ...(v.related && {
      related: {
        kind: v.related.kind,
        path: [...v.related.path],
        label: labelForPath(v.related.kind, v.related.path, params?.programmeId),
      },
    }),
  }));
