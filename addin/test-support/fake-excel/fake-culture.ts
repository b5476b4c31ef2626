import type { CellValue } from "../../../shared/layout/layout-types";

export type Culture = "en-US" | "de-DE";

/**
 * The functions the fake evaluates, by their German names. Office.js takes English names and
 * separators in `Range.formulas` and the user's in `Range.formulasLocal` ("=SUMME(A1;A2)" in a
 * German Excel; see Range.formulasLocal in @types/office-js).
 */
const GERMAN: Record<string, string> = {
  SUM: "SUMME",
  ROUND: "RUNDEN",
  INT: "GANZZAHL",
  MOD: "REST",
  IF: "WENN",
  AND: "UND",
  OR: "ODER",
  INDEX: "INDEX",
  TRUE: "WAHR",
  FALSE: "FALSCH",
};
const ENGLISH = Object.fromEntries(Object.entries(GERMAN).map(([en, de]) => [de, en]));

/** Rewrites a formula outside its string literals and structured references ([…]). */
const outsideQuotes = (formula: string, rewrite: (part: string) => string) =>
  formula
    .split(/("(?:[^"]|"")*"|\[[^\]]*\])/)
    .map((part, i) => (i % 2 ? part : rewrite(part)))
    .join("");

/** An English formula as a German Excel shows it in `formulasLocal`. */
export const toLocalFormula = (formula: string, culture: Culture) =>
  culture === "en-US"
    ? formula
    : outsideQuotes(formula, (part) =>
        part
          .replace(/,/g, ";")
          .replace(/(\d)\.(\d)/g, "$1,$2")
          .replace(/\b([A-Z][A-Z0-9.]*)\b(?=\s*\(|\b)/g, (name) => GERMAN[name] ?? name),
      );

/**
 * A formula given through `formulasLocal` in English: a German Excel reads "," as the decimal
 * comma and does not know SUM, so the cell shows #NAME? – the fake returns undefined for that.
 */
export const fromLocalFormula = (formula: string, culture: Culture): string | undefined => {
  if (culture === "en-US") return formula;
  let unknown = false;
  const english = outsideQuotes(formula, (part) =>
    part
      .replace(/(\d),(\d)/g, "$1.$2")
      .replace(/;/g, ",")
      .replace(/\b([A-Z][A-Z0-9.ÄÖÜ]*)(?=\s*\()/g, (name) => {
        if (ENGLISH[name]) return ENGLISH[name];
        if (GERMAN[name]) unknown = true; // an English name in a German Excel
        return name;
      }),
  );
  return unknown ? undefined : english;
};

/** A number format code the other way round: "#,##0.00" is "#.##0,00" in a German Excel. */
export const swapFormatSeparators = (code: string, culture: Culture) =>
  culture === "en-US"
    ? code
    : code
        .split(/("[^"]*")/)
        .map((part, i) => (i % 2 ? part : part.replace(/[.,]/g, (c) => (c === "." ? "," : "."))))
        .join("");

const serial = (y: number, m: number, d: number) =>
  Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 864e5);

/**
 * Text written through `Range.values` is read like typed input in the Excel's locale (unless the
 * cell is formatted as text "@" or the text starts with an apostrophe): "1.234" is 1234 and
 * "31.12.2025" a date in a German Excel, "1,234" is 1234 in an English one, "5 %" a percentage,
 * "2025-01-31" a date in both. Office.js documents this for `Range.values` ("If the returned value
 * starts with a plus, minus or equal sign, Excel interprets this value as a formula") and Excel
 * parses numbers and dates as it does for typing.
 */
export const parseTyped = (text: string, culture: Culture): CellValue => {
  const t = text.trim();
  const [group, decimal] = culture === "de-DE" ? [".", ","] : [",", "."];
  const esc = (c: string) => `\\${c}`;
  const number = new RegExp(
    `^([+-]?)(\\d{1,3}(?:${esc(group)}\\d{3})+|\\d+)(?:${esc(decimal)}(\\d+))?(\\s*%)?$`,
  );
  const m = number.exec(t);
  if (m) {
    const value = Number(`${m[1]}${m[2]!.split(group).join("")}.${m[3] ?? "0"}`);
    return m[4] ? value / 100 : value;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return serial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const german = culture === "de-DE" ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t) : null;
  if (german) return serial(Number(german[3]), Number(german[2]), Number(german[1]));
  return text;
};
