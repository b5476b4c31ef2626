import { defaultProgramParams, type ProgramParams } from "../filing/program-params";
import type { Filing } from "../filing/filing";
import type { Verwendungsnachweis } from "../filing/verwendungsnachweis";
import type { Finding } from "../rules/finding";
import { mergeInputFindings } from "../rules/merge-input-findings";
import { validate } from "../rules/validate";
import { readWorkbook } from "./read-workbook";

export interface ValidateWorkbookOptions {
  /**
   * The Verwendungsnachweis of the same Träger, district and year (the caller checks that): a
   * Jahresbericht is then also checked against it (JB-RESSOURCEN-ABGLEICH). Its related field
   * lives in the other workbook, so the finding's `related` carries no cell.
   */
  verwendungsnachweis?: Verwendungsnachweis;
}

/**
 * Reads a workbook and runs every rule of its kind; each finding names its cell (and the related
 * one). A rule finding on a field whose cell could not be read is left out: the EINGABE finding
 * there already says what to fix.
 */
export const validateWorkbook = async (
  buffer: Buffer | ArrayBuffer | Uint8Array,
  params?: ProgramParams,
  options: ValidateWorkbookOptions = {},
): Promise<{ filing: Filing | null; findings: Finding[] }> => {
  const { filing, findings, cellOf } = await readWorkbook(buffer);
  if (!filing) return { filing, findings };
  const ruleFindings = validate(filing, params ?? defaultProgramParams(filing.meta.year), {
    ...(options.verwendungsnachweis && { verwendungsnachweis: options.verwendungsnachweis }),
  }).map((f): Finding => {
    const cell = cellOf(f.location.path);
    const related = f.related;
    const relatedCell = related && related.kind === filing.kind ? cellOf(related.path) : undefined;
    return {
      ...f,
      location: { ...f.location, ...(cell && { cell }) },
      ...(related && { related: { ...related, ...(relatedCell && { cell: relatedCell }) } }),
    };
  });
  return { filing, findings: mergeInputFindings(findings, ruleFindings) };
};
