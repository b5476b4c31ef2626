import ts from "typescript";
import { apiSetsOf, atLeast } from "./api-set-annotation";

/** One member of an Office.js class as `@types/office-js` declares it. */
export interface OfficeMember {
  kind: "property" | "method";
  /** A property without a setter in the types. */
  readonly?: true;
  /** Requirement set to read / call, e.g. "ExcelApi 1.9"; absent where the types name none. */
  set?: string;
  /** Requirement set to assign, where it differs from `set`. */
  writeSet?: string;
  /** Methods: fewest and most arguments over all overloads (null: a rest parameter, no limit). */
  args?: [number, number | null];
}

export type OfficeMemberTable = Record<string, Record<string, OfficeMember>>;

export const OFFICE_TYPES = "node_modules/@types/office-js/index.d.ts";

/** The JSDoc text directly above a declaration (where `[Api set: …]` stands). */
export const docOf = (node: ts.Node, text: string) =>
  (ts.getLeadingCommentRanges(text, node.pos) ?? []).map((r) => text.slice(r.pos, r.end)).join("\n");

const paramRange = (params: ts.NodeArray<ts.ParameterDeclaration>): [number, number | null] => {
  const rest = params.some((p) => p.dotDotDotToken);
  const required = params.filter((p) => !p.questionToken && !p.initializer && !p.dotDotDotToken).length;
  return [required, rest ? null : params.length];
};

const memberOf = (m: ts.ClassElement, text: string, classDoc = ""): [string, OfficeMember] | undefined => {
  if (!m.name || !ts.isIdentifier(m.name)) return undefined;
  // A member without its own annotation (load, toJSON, set) exists where its class does.
  const sets = apiSetsOf(docOf(m, text)) ?? apiSetsOf(classDoc);
  const set = sets && `${sets.name} ${sets.read}`;
  const writeSet = sets && sets.write !== sets.read ? `${sets.name} ${sets.write}` : undefined;
  const common = { ...(set && { set }), ...(writeSet && { writeSet }) };
  if (ts.isPropertyDeclaration(m)) {
    const readonly = m.modifiers?.some((x) => x.kind === ts.SyntaxKind.ReadonlyKeyword);
    return [m.name.text, { kind: "property", ...(readonly && { readonly: true as const }), ...common }];
  }
  if (ts.isMethodDeclaration(m))
    return [m.name.text, { kind: "method", ...common, args: paramRange(m.parameters) }];
  return undefined;
};

/** Adds an overload to a method already read: the argument range widens, the lowest set wins. */
const merge = (a: OfficeMember, b: OfficeMember): OfficeMember => ({
  ...a,
  args: [
    Math.min(a.args![0], b.args![0]),
    a.args![1] === null || b.args![1] === null ? null : Math.max(a.args![1], b.args![1]),
  ],
  ...(a.set && b.set && { set: atLeast(a.set.split(" ")[1]!, b.set.split(" ")[1]!) ? b.set : a.set }),
});

/**
 * Every class of `declare namespace Excel` with its properties and methods, plus the members each
 * inherits from `OfficeExtension.ClientObject` (`isNullObject`, `context`) or, for the request
 * context, `ClientRequestContext` (`sync`, `trackedObjects`). Read with the compiler's parser from
 * the installed `@types/office-js`, so the table follows the package's version.
 */
export const readOfficeMembers = (text: string): OfficeMemberTable => {
  const file = ts.createSourceFile(OFFICE_TYPES, text, ts.ScriptTarget.Latest, true);
  const table: OfficeMemberTable = {};
  const bases: Record<string, Record<string, OfficeMember>> = {};
  const extendsOf = new Map<string, string>();
  const classesOf = (ns: ts.ModuleDeclaration) =>
    ns.body && ts.isModuleBlock(ns.body) ? ns.body.statements.filter(ts.isClassDeclaration) : [];
  for (const statement of file.statements) {
    if (!ts.isModuleDeclaration(statement)) continue;
    const ns = statement.name.text;
    for (const cls of classesOf(statement)) {
      const name = cls.name?.text;
      if (!name) continue;
      if (ns === "OfficeExtension" && (name === "ClientObject" || name === "ClientRequestContext")) {
        const base: Record<string, OfficeMember> = (bases[`OfficeExtension.${name}`] = {});
        for (const m of cls.members) {
          const entry = memberOf(m, text);
          if (entry) base[entry[0]] = entry[1];
        }
      }
      if (ns !== "Excel") continue;
      const heritage = cls.heritageClauses?.[0]?.types[0]?.expression.getText(file);
      if (heritage)
        extendsOf.set(
          name,
          heritage === "OfficeCore.RequestContext" ? "OfficeExtension.ClientRequestContext" : heritage,
        );
      const classDoc = docOf(cls, text);
      const members: Record<string, OfficeMember> = (table[name] ??= {});
      for (const m of cls.members) {
        const entry = memberOf(m, text, classDoc);
        if (!entry) continue;
        const [key, member] = entry;
        members[key] = members[key] && member.kind === "method" ? merge(members[key], member) : member;
      }
    }
  }
  for (const [name, members] of Object.entries(table))
    for (const [key, member] of Object.entries(bases[extendsOf.get(name) ?? ""] ?? {}))
      members[key] ??= member;
  return table;
};
