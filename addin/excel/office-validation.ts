import type { ValidationRule } from "../../shared/workbook/plan/plan-types";

const OPERATORS = {
  between: "Between",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  lessThanOrEqual: "LessThanOrEqualTo",
} as const;

/** Office.js wants a formula where the plan names a cell ("VN_verwaltungHoechstbetrag" → "=…"). */
const formula = (f: number | string | undefined) =>
  typeof f === "string" ? `=${f.replace(/^=/, "")}` : (f ?? 0);

/** A plan's validation rule in the shape `Range.dataValidation` takes it (ExcelApi 1.8). */
export const officeValidation = (rule: ValidationRule) => {
  const [f1, f2] = rule.formulae;
  const basic = {
    formula1: formula(f1),
    ...(f2 !== undefined && { formula2: formula(f2) }),
    operator: OPERATORS[rule.operator ?? "between"],
  };
  const byType = {
    decimal: { decimal: basic },
    whole: { wholeNumber: basic },
    date: { date: basic },
    textLength: { textLength: basic },
    list: { list: { inCellDropDown: true, source: String(formula(f1)) } },
    custom: { custom: { formula: String(formula(f1)) } },
  } as const;
  return {
    rule: byType[rule.type] as Excel.DataValidationRule,
    ignoreBlanks: rule.allowBlank,
    errorAlert: {
      showAlert: true,
      style: rule.errorStyle === "stop" ? "Stop" : "Warning",
      title: rule.errorTitle,
      message: rule.error,
    } satisfies Excel.DataValidationErrorAlert,
  };
};
