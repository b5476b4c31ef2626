import type { CellValue } from "../../../shared/layout/layout-types";

/** What a formula may refer to: a defined name's cells, a table column's cells. */
export interface FormulaScope {
  name(name: string): CellValue[] | undefined;
  tableColumn(table: string, column: string): CellValue[] | undefined;
}

type Token =
  | { t: "num"; v: number }
  | { t: "id"; v: string }
  | { t: "op"; v: string }
  | { t: "col"; table: string; column: string };

const ERROR = (code: string) => ({ error: code });
class FormulaError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

const tokenize = (text: string): Token[] => {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    const num = /^\d+(\.\d+)?/.exec(rest);
    const col = /^([A-Za-z_][\w.]*)\[([^\]]+)\]/.exec(rest);
    const id = /^[A-Za-z_][\w.]*/.exec(rest);
    if (space) i += space[0].length;
    else if (num) {
      tokens.push({ t: "num", v: Number(num[0]) });
      i += num[0].length;
    } else if (col) {
      tokens.push({ t: "col", table: col[1]!, column: col[2]! });
      i += col[0].length;
    } else if (id) {
      tokens.push({ t: "id", v: id[0] });
      i += id[0].length;
    } else {
      tokens.push({ t: "op", v: rest[0]! });
      i += 1;
    }
  }
  return tokens;
};

/** Excel's coercion of one referenced cell in arithmetic: empty is 0, text is #VALUE!. */
const toNumber = (v: CellValue): number => {
  if (v === null || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof Date) throw new FormulaError("#VALUE!");
  if (typeof v === "object") throw new FormulaError(v.error);
  throw new FormulaError("#VALUE!");
};

type Value = number | CellValue[];

/**
 * The small part of Excel's formula language the templates use: numbers, `13%`, + − * /, parentheses,
 * defined names, structured references `tbl[Spalte]`, SUM and ROUND. SUM skips text like Excel does;
 * arithmetic on text is #VALUE!, an unknown name #NAME?. Enough to keep the in-memory Excel honest
 * about results the reader reads (the Schlussrechnung), not a spreadsheet engine.
 */
export const evaluateFormula = (formula: string, scope: FormulaScope): CellValue => {
  const tokens = tokenize(formula.replace(/^=/, ""));
  let pos = 0;
  const peek = () => tokens[pos];
  const take = () => tokens[pos++];
  const expectOp = (op: string) => {
    const tok = take();
    if (tok?.t !== "op" || tok.v !== op) throw new FormulaError("#NAME?");
  };
  const scalar = (v: Value): number => (Array.isArray(v) ? (v.length === 1 ? toNumber(v[0]!) : NaN) : v);

  const primary = (): Value => {
    const tok = take();
    if (!tok) throw new FormulaError("#NAME?");
    if (tok.t === "num") {
      const next = peek();
      if (next?.t === "op" && next.v === "%") {
        take();
        return tok.v / 100;
      }
      return tok.v;
    }
    if (tok.t === "op" && tok.v === "(") {
      const v = expression();
      expectOp(")");
      return v;
    }
    if (tok.t === "op" && tok.v === "-") return -scalar(primary());
    if (tok.t === "col") {
      const cells = scope.tableColumn(tok.table, tok.column);
      if (!cells) throw new FormulaError("#REF!");
      return cells;
    }
    if (tok.t === "id") {
      const next = peek();
      if (next?.t === "op" && next.v === "(") {
        take();
        const args: Value[] = [];
        if (!(peek()?.t === "op" && (peek() as { v: string }).v === ")")) {
          args.push(expression());
          while (peek()?.t === "op" && (peek() as { v: string }).v === ",") {
            take();
            args.push(expression());
          }
        }
        expectOp(")");
        return call(tok.v.toUpperCase(), args);
      }
      const cells = scope.name(tok.v);
      if (!cells) throw new FormulaError("#NAME?");
      return cells;
    }
    throw new FormulaError("#NAME?");
  };

  const call = (fn: string, args: Value[]): number => {
    if (fn === "SUM")
      return args.reduce<number>(
        (sum, a) =>
          sum +
          (Array.isArray(a)
            ? a.reduce<number>((s, v) => {
                if (typeof v === "object" && v !== null && !(v instanceof Date))
                  throw new FormulaError(v.error);
                return s + (typeof v === "number" ? v : 0);
              }, 0)
            : a),
        0,
      );
    if (fn === "ROUND") {
      const [value, digits] = args.map(scalar);
      const factor = 10 ** (digits ?? 0);
      return (Math.sign(value!) * Math.round(Math.abs(value!) * factor)) / factor;
    }
    throw new FormulaError("#NAME?");
  };

  const term = (): Value => {
    let left = primary();
    for (let tok = peek(); tok?.t === "op" && (tok.v === "*" || tok.v === "/"); tok = peek()) {
      take();
      const right = scalar(primary());
      if (tok.v === "/" && right === 0) throw new FormulaError("#DIV/0!");
      left = tok.v === "*" ? scalar(left) * right : scalar(left) / right;
    }
    return left;
  };

  const expression = (): Value => {
    let left = term();
    for (let tok = peek(); tok?.t === "op" && (tok.v === "+" || tok.v === "-"); tok = peek()) {
      take();
      const right = scalar(term());
      left = tok.v === "+" ? scalar(left) + right : scalar(left) - right;
    }
    return left;
  };

  try {
    const result = expression();
    if (pos < tokens.length) return ERROR("#NAME?");
    // "=VN_kopf_zuschuss" on an empty cell shows 0, like Excel.
    if (Array.isArray(result))
      return result.length === 1 ? (result[0] ?? null) || toNumber(result[0] ?? null) : ERROR("#VALUE!");
    return Number.isFinite(result) ? result : ERROR("#VALUE!");
  } catch (err) {
    if (err instanceof FormulaError) return ERROR(err.code);
    throw err;
  }
};
