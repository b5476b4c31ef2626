import { relative } from "node:path";
import ts from "typescript";
import { apiSetsOf, atLeast } from "./api-set-annotation";
import { dominatingGuards } from "./dominating-guards";
import { docOf } from "./read-office-members";

/** A use of an Office.js member that the manifest does not promise and no guard protects. */
export interface ApiSetViolation {
  file: string;
  line: number;
  column: number;
  /** "Worksheet.pageLayout" */
  member: string;
  access: "read" | "write" | "call";
  /** "ExcelApi 1.9" */
  set: string;
}

export interface ApiSetReport {
  violations: ApiSetViolation[];
  /** Members of sets the check does not decide (DialogApi, IdentityAPI …): set → members used. */
  otherSets: Record<string, string[]>;
  /** How many uses of Office.js members were looked at. */
  checked: number;
}

export interface CheckApiSetsOptions {
  files: string[];
  /** The manifest's requirement sets (manifestRequirements): these need no guard up to their version. */
  required: Record<string, string>;
  /** Sets decided by the check (a set named by the manifest is always among them). */
  sets?: (name: string) => boolean;
  compilerOptions?: ts.CompilerOptions;
  root?: string;
}

const OFFICE_TYPES = /[\\/]@types[\\/]office-js[\\/]index\.d\.ts$/;

const accessOf = (node: ts.Node): ApiSetViolation["access"] => {
  const p = node.parent;
  if (ts.isCallExpression(p) && p.expression === node) return "call";
  if (ts.isBinaryExpression(p) && p.left === node && p.operatorToken.kind === ts.SyntaxKind.EqualsToken)
    return "write";
  // A property of an object literal handed to Office.js ({ horizontalFitToPages: 1 }) is set.
  if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) return "write";
  return "read";
};

/**
 * Walks the given files with the compiler: every property access, destructured property and object
 * literal property whose declaration lies in `@types/office-js` is looked up in its JSDoc's
 * `[Api set: …]`. A use above what the manifest requires must be dominated by a guard for its set
 * (see dominating-guards.ts), or it is a violation with file, line, member and set.
 * Property names in a `load("items/name,values")` string are looked up on the receiver's type too.
 * Not decided: `load` with an array or options object, and enum strings ("EdgeTop").
 */
export const checkApiSets = ({
  files,
  required,
  sets = (name) => name.startsWith("ExcelApi"),
  compilerOptions = {},
  root = process.cwd(),
}: CheckApiSetsOptions): ApiSetReport => {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["office-js"],
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    ...compilerOptions,
  });
  const checker = program.getTypeChecker();
  const sources = files.map((f) => program.getSourceFile(f)!).filter(Boolean);
  const dominated = dominatingGuards(checker, sources);
  const report: ApiSetReport = { violations: [], otherSets: {}, checked: 0 };

  const inspect = (node: ts.Node, symbol: ts.Symbol | undefined, at: ts.Node) => {
    const decl = symbol?.declarations?.find((d) => OFFICE_TYPES.test(d.getSourceFile().fileName));
    if (!decl || !symbol) return;
    report.checked += 1;
    const text = decl.getSourceFile().text;
    const owner =
      ts.isClassLike(decl.parent) || ts.isInterfaceDeclaration(decl.parent)
        ? decl.parent.name?.text
        : undefined;
    const annotation =
      apiSetsOf(docOf(decl, text)) ?? (owner ? apiSetsOf(docOf(decl.parent, text)) : undefined);
    if (!annotation) return;
    const access = accessOf(node);
    const version = access === "write" ? annotation.write : annotation.read;
    const member = owner ? `${owner}.${symbol.name}` : checker.getFullyQualifiedName(symbol);
    const set = `${annotation.name} ${version}`;
    if (!sets(annotation.name) && !(annotation.name in required)) {
      const list = (report.otherSets[set] ??= []);
      if (!list.includes(member)) list.push(member);
      return;
    }
    const minimum = required[annotation.name];
    if (minimum && atLeast(minimum, version)) return;
    if (dominated(node, { name: annotation.name, version })) return;
    const pos = at.getSourceFile().getLineAndCharacterOfPosition(at.getStart());
    report.violations.push({
      file: relative(root, at.getSourceFile().fileName),
      line: pos.line + 1,
      column: pos.character + 1,
      member,
      access,
      set,
    });
  };

  /** `sheets.load("items/name,values")`: each property named in the string, on the receiver's type. */
  const loadPaths = (call: ts.CallExpression) => {
    const [callee, arg] = [call.expression, call.arguments[0]];
    if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "load") return;
    if (!arg || !ts.isStringLiteralLike(arg)) return;
    for (const path of arg.text.split(",")) {
      let type: ts.Type | undefined = checker.getTypeAtLocation(callee.expression);
      for (const segment of path.trim().split("/")) {
        const prop = type?.getProperty(segment);
        if (!prop) break;
        inspect(arg, prop, arg);
        type = checker.getTypeOfSymbolAtLocation(prop, arg);
        // `items` is an array: the next segment names a property of its elements.
        type = type.getNumberIndexType() ?? type;
      }
    }
  };

  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node)) loadPaths(node);
    if (ts.isPropertyAccessExpression(node)) inspect(node, checker.getSymbolAtLocation(node.name), node.name);
    else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      const key = node.propertyName ?? node.name;
      if (ts.isIdentifier(key))
        inspect(node, checker.getTypeAtLocation(node.parent).getProperty(key.text), key);
    } else if (
      (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) &&
      ts.isIdentifier(node.name)
    ) {
      const type = checker.getContextualType(node.parent as ts.ObjectLiteralExpression);
      inspect(node, type?.getProperty(node.name.text), node.name);
    }
    ts.forEachChild(node, visit);
  };
  sources.forEach(visit);
  report.violations.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return report;
};

/** One line per violation, as the test prints them. */
export const formatViolation = (v: ApiSetViolation) =>
  `${v.file}:${v.line}:${v.column} ${v.member} (${v.access}) needs ${v.set}, above the manifest's minimum, and no guard for ${v.set} dominates it`;
