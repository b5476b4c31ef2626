import ts from "typescript";
import { atLeast } from "./api-set-annotation";
import { guardConditions, type Guard } from "./guard-conditions";

/** Does the statement always leave its block (return, throw, break, continue)? */
const exits = (s: ts.Statement): boolean =>
  ts.isReturnStatement(s) ||
  ts.isThrowStatement(s) ||
  ts.isBreakStatement(s) ||
  ts.isContinueStatement(s) ||
  (ts.isBlock(s) && s.statements.length > 0 && exits(s.statements.at(-1)!));

/**
 * "Dominated by a guard" – a use of a member of set S at version V is safe when, on every path to
 * it, a guard for S ≥ V was true. The checker accepts these shapes, walking up from the use:
 * 1. inside the `then` of `if (guard)` (or the `else` of `if (!guard)`), the true side of
 *    `guard ? … : …` or the right of `guard && …`;
 * 2. after `if (!guard) return;` (any exit: return, throw, break, continue) earlier in a block that
 *    encloses it – `if (!supported("1.9") || hidden) return;` counts;
 * 3. inside a closure written under 1. or 2. (the host's sets never change at run time);
 * 4. inside a named function (`const f = () => …`, `function f`) whose every reference in the
 *    checked files is a call that is itself dominated (up to five calls deep).
 * Anything else – a guard in a caller's caller that passes a flag, a guard stored in a `let` – is
 * not recognised, and the use is reported.
 */
export const dominatingGuards = (checker: ts.TypeChecker, files: readonly ts.SourceFile[]) => {
  const { whenTrue, whenFalse } = guardConditions(checker);
  const covers = (guards: Guard[], need: Guard) =>
    guards.some((g) => g.name === need.name && atLeast(g.version, need.version));

  const canonical = (s: ts.Symbol | undefined) =>
    s && s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
  let references: Map<ts.Symbol, ts.Identifier[]> | undefined;
  const referencesOf = (symbol: ts.Symbol) => {
    if (!references) {
      references = new Map();
      const index = (node: ts.Node) => {
        if (ts.isIdentifier(node) && !isDeclarationName(node)) {
          const s = canonical(checker.getSymbolAtLocation(node));
          if (s) references!.set(s, [...(references!.get(s) ?? []), node]);
        }
        ts.forEachChild(node, index);
      };
      files.forEach(index);
    }
    return references.get(symbol) ?? [];
  };

  const functionSymbol = (fn: ts.Node) => {
    if (ts.isFunctionDeclaration(fn) && fn.name) return canonical(checker.getSymbolAtLocation(fn.name));
    if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent))
      return ts.isIdentifier(fn.parent.name)
        ? canonical(checker.getSymbolAtLocation(fn.parent.name))
        : undefined;
    return undefined;
  };

  const heldAt = (parent: ts.Node, child: ts.Node): Guard[] => {
    if (ts.isIfStatement(parent))
      return child === parent.thenStatement
        ? whenTrue(parent.expression)
        : child === parent.elseStatement
          ? whenFalse(parent.expression)
          : [];
    if (ts.isConditionalExpression(parent))
      return child === parent.whenTrue
        ? whenTrue(parent.condition)
        : child === parent.whenFalse
          ? whenFalse(parent.condition)
          : [];
    if (ts.isBinaryExpression(parent) && child === parent.right) {
      if (parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return whenTrue(parent.left);
      if (parent.operatorToken.kind === ts.SyntaxKind.BarBarToken) return whenFalse(parent.left);
    }
    if (
      ts.isBlock(parent) ||
      ts.isSourceFile(parent) ||
      ts.isModuleBlock(parent) ||
      ts.isCaseClause(parent)
    ) {
      const before = parent.statements.slice(0, parent.statements.indexOf(child as ts.Statement));
      return before.flatMap((s) =>
        ts.isIfStatement(s) && !s.elseStatement && exits(s.thenStatement) ? whenFalse(s.expression) : [],
      );
    }
    return [];
  };

  const dominated = (node: ts.Node, need: Guard, depth = 0): boolean => {
    for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (covers(heldAt(parent, child), need)) return true;
      if (!ts.isFunctionLike(parent) || depth >= 5) continue;
      const symbol = functionSymbol(parent);
      const refs = symbol ? referencesOf(symbol) : [];
      if (
        refs.length > 0 &&
        refs.every(
          (r) =>
            ts.isCallExpression(r.parent) &&
            r.parent.expression === r &&
            dominated(r.parent, need, depth + 1),
        )
      )
        return true;
    }
    return false;
  };
  return dominated;
};

const isDeclarationName = (id: ts.Identifier) => {
  const p = id.parent;
  return (
    ((ts.isVariableDeclaration(p) ||
      ts.isFunctionDeclaration(p) ||
      ts.isParameter(p) ||
      ts.isBindingElement(p)) &&
      p.name === id) ||
    ts.isImportSpecifier(p) ||
    ts.isExportSpecifier(p) ||
    ts.isImportClause(p)
  );
};
