import type { FilingKind } from "../filing/filing";
import { labelForPath, type FieldPath } from "../filing/labels";
import type { Finding } from "../rules/finding";
import { INPUT_RULES, type InputRuleId } from "../rules/input-rules";

/**
 * A finding from reading input (EINGABE-*), placed at a field and, where known, a cell; the field's
 * label in the words of the workbook's programme, where it is known.
 */
export const inputFinding = (
  kind: FilingKind,
  ruleId: InputRuleId,
  path: FieldPath,
  message: string,
  cell?: string,
  programmeId?: string,
): Finding => ({
  ruleId,
  severity: INPUT_RULES[ruleId].severity,
  message,
  location: {
    kind,
    path: [...path],
    label: path.length === 0 ? "Arbeitsmappe" : labelForPath(kind, path, programmeId),
    ...(cell !== undefined && { cell }),
  },
});
