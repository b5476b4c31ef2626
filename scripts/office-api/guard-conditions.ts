import ts from "typescript";

/** A requirement set known to be there: `isSetSupported("ExcelApi", "1.9")` returned true. */
export interface Guard {
  name: string;
  version: string;
}

/**
 * The guards this code base writes, as the checker recognises them:
 * - `Office.context.requirements.isSetSupported("<set>", <version>)`;
 * - a call of `excelApiSupported(<version>)` (addin/excel/excel-api.ts) or of a function named
 *   `supported` – the adapters take that check as a parameter (tests pass an old Excel's), defaulting
 *   to `excelApiSupported`; both ask for ExcelApi;
 * - a `const` initialised with one of these (`const modern = supported("1.8")`).
 * The version must be known to the compiler as a string literal: `"1.9"`, a `const PRINT_API =
 * "1.9"`, or an `as const` table's `OPTIONAL_FEATURES.calculatedEvents.version`.
 */
export const guardConditions = (checker: ts.TypeChecker) => {
  const literal = (e: ts.Expression | undefined) => {
    if (!e) return undefined;
    const type = checker.getTypeAtLocation(e);
    return type.isStringLiteral() ? type.value : undefined;
  };
  const calleeName = (e: ts.Expression) =>
    ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : undefined;

  const guardOf = (e: ts.Expression): Guard | undefined => {
    if (ts.isCallExpression(e)) {
      const callee = calleeName(e.expression);
      if (callee === "isSetSupported") {
        const name = literal(e.arguments[0]);
        const version = literal(e.arguments[1]) ?? "1.1";
        return name ? { name, version } : undefined;
      }
      if (callee === "excelApiSupported" || callee === "supported") {
        const version = literal(e.arguments[0]);
        return version ? { name: "ExcelApi", version } : undefined;
      }
    }
    if (ts.isIdentifier(e)) {
      const decl = checker.getSymbolAtLocation(e)?.valueDeclaration;
      if (
        decl &&
        ts.isVariableDeclaration(decl) &&
        decl.initializer &&
        ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const
      )
        return guardOf(decl.initializer);
    }
    return undefined;
  };

  /** Guards that hold where `e` was truthy. */
  const whenTrue = (e: ts.Expression): Guard[] => {
    if (ts.isParenthesizedExpression(e)) return whenTrue(e.expression);
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken)
      return whenFalse(e.operand);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)
      return [...whenTrue(e.left), ...whenTrue(e.right)];
    const guard = guardOf(e);
    return guard ? [guard] : [];
  };

  /** Guards that hold where `e` was falsy (`if (!supported("1.9")) return;` and what follows). */
  const whenFalse = (e: ts.Expression): Guard[] => {
    if (ts.isParenthesizedExpression(e)) return whenFalse(e.expression);
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken)
      return whenTrue(e.operand);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.BarBarToken)
      return [...whenFalse(e.left), ...whenFalse(e.right)];
    return [];
  };

  return { whenTrue, whenFalse };
};
