import type { CellValue } from "../../../shared/layout/layout-types";

/** What a formula may refer to: a defined name's cells, a table column's cells. */
export interface FormulaScope {
  name(name: string): CellValue[] | undefined;
  tableColumn(table: string, column: string): CellValue[] | undefined;
}

type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "id"; v: string }
  | { t: "op"; v: string }
  | { t: "col"; table: string; column: string };

type Node =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "ref"; name: string }
  | { k: "col"; table: string; column: string }
  | { k: "call"; fn: string; args: Node[] }
  | { k: "neg"; arg: Node }
  | { k: "pct"; arg: Node }
  | { k: "bin"; op: string; left: Node; right: Node };

/** A referenced range stays an array of cells; null is an empty cell (or INDEX of one). */
type Value = number | string | boolean | null | CellValue[];
type Scalar = Exclude<Value, CellValue[]>;

const ERROR = (code: string) => ({ error: code });
class FormulaError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

const PATTERNS: [Token["t"] | "space", RegExp][] = [
  ["space", /^\s+/],
  ["num", /^\d+(\.\d+)?/],
  ["str", /^"((?:[^"]|"")*)"/],
  ["col", /^([A-Za-z_][\w.]*)\[([^\]]+)\]/],
  ["id", /^[A-Za-z_][\w.]*/],
  ["op", /^(<=|>=|<>|.)/],
];

const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length;) {
    const rest = text.slice(i);
    const [type, m] = PATTERNS.map(([t, re]) => [t, re.exec(rest)] as const).find(([, m]) => m)!;
    i += m![0].length;
    if (type === "num") tokens.push({ t: "num", v: Number(m![0]) });
    else if (type === "str") tokens.push({ t: "str", v: m![1]!.replace(/""/g, '"') });
    else if (type === "col") tokens.push({ t: "col", table: m![1]!, column: m![2]! });
    else if (type === "id") tokens.push({ t: "id", v: m![0] });
    else if (type === "op") tokens.push({ t: "op", v: m![0] });
  }
  return tokens;
};

/** Binary operators by precedence, lowest first, as Excel binds them. */
const LEVELS = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"]];

const parse = (tokens: Token[]): Node => {
  let pos = 0;
  const isOp = (v: string) => {
    const tok = tokens[pos];
    return tok?.t === "op" && tok.v === v;
  };
  const expectOp = (v: string) => {
    if (!isOp(v)) throw new FormulaError("#NAME?");
    pos += 1;
  };
  const primary = (): Node => {
    const tok = tokens[pos++];
    if (!tok) throw new FormulaError("#NAME?");
    if (tok.t === "num") return { k: "num", v: tok.v };
    if (tok.t === "str") return { k: "str", v: tok.v };
    if (tok.t === "col") return { k: "col", table: tok.table, column: tok.column };
    if (tok.t === "op" && tok.v === "(") {
      const inner = level(0);
      expectOp(")");
      return inner;
    }
    if (tok.t === "op" && tok.v === "-") return { k: "neg", arg: postfix() };
    if (tok.t === "id" && isOp("(")) {
      pos += 1;
      const args: Node[] = [];
      if (!isOp(")")) {
        args.push(level(0));
        while (isOp(",")) {
          pos += 1;
          args.push(level(0));
        }
      }
      expectOp(")");
      return { k: "call", fn: tok.v.toUpperCase(), args };
    }
    if (tok.t === "id") return { k: "ref", name: tok.v };
    throw new FormulaError("#NAME?");
  };
  const postfix = (): Node => {
    let node = primary();
    while (isOp("%")) {
      pos += 1;
      node = { k: "pct", arg: node };
    }
    return node;
  };
  const level = (n: number): Node => {
    if (n === LEVELS.length) return postfix();
    let left = level(n + 1);
    for (let op = LEVELS[n]!.find(isOp); op; op = LEVELS[n]!.find(isOp)) {
      pos += 1;
      left = { k: "bin", op, left, right: level(n + 1) };
    }
    return left;
  };
  const root = level(0);
  if (pos < tokens.length) throw new FormulaError("#NAME?");
  return root;
};

/** One value out of a reference (a one-cell name); errors in a cell propagate. */
const single = (v: Value): Scalar => {
  const cell = Array.isArray(v) ? (v.length === 1 ? v[0]! : ERROR("#VALUE!")) : v;
  if (cell instanceof Date) throw new FormulaError("#VALUE!");
  if (typeof cell === "object" && cell !== null) throw new FormulaError(cell.error);
  return cell;
};

/** Excel's coercion in arithmetic: empty is 0, text is #VALUE!. */
const num = (v: Value): number => {
  const s = single(v);
  if (s === null || s === "") return 0;
  if (typeof s === "number") return s;
  if (typeof s === "boolean") return s ? 1 : 0;
  throw new FormulaError("#VALUE!");
};

const text = (v: Value): string => {
  const s = single(v);
  return s === null ? "" : typeof s === "boolean" ? (s ? "TRUE" : "FALSE") : String(s);
};

const bool = (v: Value): boolean => {
  const s = single(v);
  if (typeof s === "string") throw new FormulaError("#VALUE!");
  return s === null ? false : typeof s === "number" ? s !== 0 : s;
};

/** Excel orders numbers before texts before booleans; an empty cell acts as 0, "" or FALSE. */
const compare = (a: Value, b: Value): number => {
  let [x, y] = [single(a), single(b)];
  const blank = (other: Scalar) => (typeof other === "string" ? "" : typeof other === "boolean" ? false : 0);
  if (x === null) x = blank(y);
  if (y === null) y = blank(x);
  const rank = (s: Scalar) => (typeof s === "number" ? 0 : typeof s === "string" ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  const [p, q] = typeof x === "string" ? [x.toLowerCase(), String(y).toLowerCase()] : [Number(x), Number(y)];
  return p < q ? -1 : p > q ? 1 : 0;
};

const BINARY: Record<string, (a: Value, b: Value) => Value> = {
  "+": (a, b) => num(a) + num(b),
  "-": (a, b) => num(a) - num(b),
  "*": (a, b) => num(a) * num(b),
  "/": (a, b) => {
    const d = num(b);
    if (d === 0) throw new FormulaError("#DIV/0!");
    return num(a) / d;
  },
  "&": (a, b) => text(a) + text(b),
  "=": (a, b) => compare(a, b) === 0,
  "<>": (a, b) => compare(a, b) !== 0,
  "<": (a, b) => compare(a, b) < 0,
  ">": (a, b) => compare(a, b) > 0,
  "<=": (a, b) => compare(a, b) <= 0,
  ">=": (a, b) => compare(a, b) >= 0,
};

const round = (value: number, digits: number) => {
  const factor = 10 ** digits;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
};

/** SUM skips text and booleans in ranges like Excel; an error anywhere is the result. */
const sum = (values: Value[]) =>
  values.reduce<number>(
    (total, a) =>
      total +
      (Array.isArray(a)
        ? a.reduce<number>((s, v) => {
            if (typeof v === "object" && v !== null && !(v instanceof Date)) throw new FormulaError(v.error);
            return s + (typeof v === "number" ? v : 0);
          }, 0)
        : num(a)),
    0,
  );

const evaluate = (node: Node, scope: FormulaScope): Value => {
  const ev = (n: Node) => evaluate(n, scope);
  switch (node.k) {
    case "num":
    case "str":
      return node.v;
    case "ref": {
      const cells = scope.name(node.name);
      if (!cells) throw new FormulaError("#NAME?");
      return cells;
    }
    case "col": {
      const cells = scope.tableColumn(node.table, node.column);
      if (!cells) throw new FormulaError("#REF!");
      return cells;
    }
    case "neg":
      return -num(ev(node.arg));
    case "pct":
      return num(ev(node.arg)) / 100;
    case "bin":
      return BINARY[node.op]!(ev(node.left), ev(node.right));
    case "call":
      return call(node.fn, node.args, ev);
  }
};

const call = (fn: string, args: Node[], ev: (n: Node) => Value): Value => {
  switch (fn) {
    case "SUM":
      return sum(args.map(ev));
    case "ROUND":
      return round(num(ev(args[0]!)), args[1] ? num(ev(args[1])) : 0);
    case "INT":
      return Math.floor(num(ev(args[0]!)));
    case "MOD": {
      const [a, b] = [num(ev(args[0]!)), num(ev(args[1]!))];
      if (b === 0) throw new FormulaError("#DIV/0!");
      return a - b * Math.floor(a / b);
    }
    // Only the branch taken is evaluated, so an error in the other one does not show.
    case "IF":
      return bool(ev(args[0]!)) ? ev(args[1]!) : args[2] ? ev(args[2]) : false;
    case "AND":
      return args.map((a) => bool(ev(a))).every(Boolean);
    case "OR":
      return args.map((a) => bool(ev(a))).some(Boolean);
    case "INDEX": {
      const range = ev(args[0]!);
      const at = num(ev(args[1]!));
      if (!Array.isArray(range) || at < 1 || at > range.length) throw new FormulaError("#REF!");
      return single([range[Math.floor(at) - 1] ?? null]);
    }
    default:
      throw new FormulaError("#NAME?");
  }
};

/**
 * The small part of Excel's formula language the templates use: numbers, texts, `13%`, + − * /,
 * `&`, comparisons, parentheses, defined names, structured references `tbl[Spalte]`, and SUM, ROUND,
 * INT, MOD, IF, AND, OR, INDEX ("in Worten" is built of them). SUM skips text like Excel does;
 * arithmetic on text is #VALUE!, an unknown name #NAME?. Enough to keep the in-memory Excel honest
 * about results the reader reads (the Schlussrechnung, the amount in words), not a spreadsheet engine.
 */
export const evaluateFormula = (formula: string, scope: FormulaScope): CellValue => {
  try {
    const result = evaluate(parse(tokenize(formula.replace(/^=/, ""))), scope);
    // "=VN_kopf_zuschuss" on an empty cell shows 0, like Excel.
    const shown = single(result);
    if (shown === null) return 0;
    if (typeof shown === "number") return Number.isFinite(shown) ? shown : ERROR("#VALUE!");
    return shown;
  } catch (err) {
    if (err instanceof FormulaError) return ERROR(err.code);
    throw err;
  }
};
