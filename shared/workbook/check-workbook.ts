import type { Filing } from "../filing/filing";
import type { Verwendungsnachweis } from "../filing/verwendungsnachweis";
import { defaultProgramParams } from "../programme/params-for-year";
import type { ProgramParams } from "../programme/program-params";
import type { Finding } from "../rules/finding";
import { mergeInputFindings } from "../rules/merge-input-findings";
import { validate } from "../rules/validate";
import { locateFindings } from "./locate-findings";
import { withOlderTemplateNotes } from "./older-template-note";
import type { ReadWorkbookResult } from "./read-snapshot";

export interface CheckWorkbookOptions {
  /** The year's parameters; the programme pack's when the caller has none stored. */
  params?: ProgramParams;
  /**
   * The Verwendungsnachweis of the same Träger, district and year (the caller checks that): a
   * Jahresbericht is then also checked against it (JB-RESSOURCEN-ABGLEICH). Its related field
   * lives in the other workbook, so the finding's `related` carries no cell.
   */
  verwendungsnachweis?: Verwendungsnachweis;
}

/**
 * Every rule of the filing's kind on what a reader read, each finding at its cell (and the related
 * one). A rule finding on a field whose cell could not be read is left out: the EINGABE finding
 * there already says what to fix. Pure: the CLI, the API and the task pane's live check share it.
 */
export const checkWorkbook = (
  read: ReadWorkbookResult,
  options: CheckWorkbookOptions = {},
): { filing: Filing | null; findings: Finding[] } => {
  const { filing, findings, cellOf, absentFields, layoutVersion } = read;
  if (!filing) return { filing, findings };
  const ruleFindings = validate(filing, options.params ?? defaultProgramParams(filing.meta), {
    ...(options.verwendungsnachweis && { verwendungsnachweis: options.verwendungsnachweis }),
  });
  const located = withOlderTemplateNotes(locateFindings(ruleFindings, cellOf), absentFields, layoutVersion);
  return { filing, findings: mergeInputFindings(findings, located) };
};
