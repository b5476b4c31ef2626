import { LONG_TEXT_MAX_LENGTH, TEXT_MAX_LENGTH } from "../domain/primitives";
import { formatUtcDay } from "../money/format-de";
import { formatAmount } from "../money/format-money";
import { readAmount } from "../money/parse-money";
import type { InputRuleId } from "../rules/input-rules";
import { CHOICE_LISTS, optionLabel, parseChoice } from "./choice-lists";
import { fromExcelSerial } from "./excel-serial";
import type { CellValue, ChoiceListKey, ValueType } from "./layout-types";

export interface ReadIssue {
  ruleId: InputRuleId;
  message: string;
}

/** A cell read as a field value: always a value (null when unreadable) and, if so, why. */
export interface ReadValue {
  value: unknown;
  issue?: ReadIssue;
}

const MAX_LENGTH = { text: TEXT_MAX_LENGTH, longText: LONG_TEXT_MAX_LENGTH } as const;

const shown = (raw: CellValue) =>
  raw instanceof Date ? formatUtcDay(raw) : typeof raw === "object" && raw ? raw.error : String(raw);
const fail = (ruleId: InputRuleId, message: string, value: unknown = null): ReadValue => ({
  value,
  issue: { ruleId, message },
});
const pad = (n: number) => String(n).padStart(2, "0");
const isoDate = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** German number text: "1.234,5" · "0,5" · "1234.5" (a dot alone is a decimal point unless it groups thousands). */
const parseGermanNumber = (text: string): number | undefined => {
  const t = text.replace(/[\s\u00a0\u202f]/g, "");
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t) || /^-?\d+,\d+$/.test(t))
    return Number(t.replace(/\./g, "").replace(",", "."));
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
};

const readDate = (raw: Exclude<CellValue, null>): ReadValue => {
  const bad = () =>
    fail("EINGABE-DATUM", `„${shown(raw)}“ ist kein Datum. Bitte ein Datum wie 31.12.2025 eintragen.`);
  let date: Date | undefined;
  if (raw instanceof Date) date = raw;
  // A date cell re-formatted as a number shows the Excel serial day.
  else if (typeof raw === "number" && raw >= 1 && raw < 2_958_466) date = fromExcelSerial(Math.floor(raw));
  else if (typeof raw === "string") {
    const t = raw.trim();
    const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
    const [y, m, d] = de ? [de[3], de[2], de[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
    if (y && m && d) {
      const candidate = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
      if (candidate.getUTCDate() === Number(d) && candidate.getUTCMonth() === Number(m) - 1) date = candidate;
    }
  }
  if (!date || Number.isNaN(date.getTime())) return bad();
  const year = date.getUTCFullYear();
  return year < 1900 || year > 9999 ? bad() : { value: isoDate(date) };
};

const readNumber = (type: "percent" | "integer" | "number", raw: Exclude<CellValue, null>): ReadValue => {
  const what = { percent: "kein Anteil", integer: "keine ganze Zahl", number: "keine Zahl" }[type];
  const hint = { percent: "z. B. 50 % oder 0,5", integer: "z. B. 12", number: "z. B. 7,5" }[type];
  const bad = () => fail("EINGABE-ZAHL", `„${shown(raw)}“ ist ${what}. Bitte eine Zahl eintragen, ${hint}.`);
  let n: number | undefined;
  if (typeof raw === "number") n = raw;
  else if (typeof raw === "string") {
    const percent = type === "percent" && /%\s*$/.test(raw);
    const parsed = parseGermanNumber(raw.replace(/%\s*$/, ""));
    n = parsed === undefined ? undefined : percent ? parsed / 100 : parsed;
  }
  if (n === undefined || !Number.isFinite(n)) return bad();
  // Only float noise is cleaned off; the range rules check the share as typed, not rounded to 0 %.
  const clean = Number(n.toPrecision(15));
  if (type === "percent") return { value: clean };
  if (type === "integer") return Number.isInteger(clean) ? { value: clean } : bad();
  if (clean < 0) return fail("EINGABE-ZAHL", `${shown(raw)} ist negativ. Bitte eine Zahl ab 0 eintragen.`);
  return { value: clean };
};

/** Numbers and German text; a leading minus is kept so rule BETRAG-NEGATIV can name the amount. */
const readAmountCell = (raw: Exclude<CellValue, null>): ReadValue => {
  const negative = (typeof raw === "string" && /^\s*[-−–]/.test(raw)) || (typeof raw === "number" && raw < 0);
  const unsigned =
    typeof raw === "string" ? raw.replace(/^\s*[-−–]/, "") : typeof raw === "number" ? Math.abs(raw) : raw;
  const result = readAmount(unsigned);
  if (!result.ok) return fail("EINGABE-BETRAG", result.error);
  const value = negative && result.cents ? -result.cents : result.cents;
  // 6999.995 from a pasted "=…*13%": the sheet's sums add it unrounded, the reader would round it,
  // and the totals would disagree by a cent on cells the user cannot change.
  if (typeof unsigned === "number" && Math.abs(unsigned * 100 - Math.round(unsigned * 100)) > 1e-6)
    return fail(
      "EINGABE-BETRAG",
      `${String(raw).replace(".", ",")} hat mehr als zwei Nachkommastellen. Bitte den Betrag auf den Cent genau eintragen (z. B. mit =RUNDEN(…;2)).`,
      value,
    );
  // German text such as "1.234,56 €" is read as that amount, but Excel's sums skip text: the form's
  // totals would be wrong. (A negative amount is reported as negative, which says more.)
  if (typeof unsigned === "string" && !negative)
    return fail(
      "EINGABE-TEXTBETRAG",
      `„${unsigned.trim()}“ steht als Text in der Zelle; Excel rechnet damit nicht: Summen und Differenz der Arbeitsmappe zählen ihn nicht mit (die Prüfung rechnet mit ${formatAmount(value ?? 0)} €). Bitte den Betrag als Zahl eintragen, z. B. ${formatAmount(value ?? 0)} ohne „€“.`,
      value,
    );
  return { value };
};

const readText = (type: "text" | "longText", raw: Exclude<CellValue, null>): ReadValue => {
  const text =
    raw instanceof Date
      ? formatUtcDay(raw)
      : typeof raw === "boolean"
        ? raw
          ? "WAHR"
          : "FALSCH"
        : typeof raw === "number"
          ? String(raw).replace(".", ",")
          : typeof raw === "string"
            ? raw
            : raw.error;
  const max = MAX_LENGTH[type];
  return text.length <= max
    ? { value: text }
    : fail(
        "EINGABE-SCHEMA",
        `Der Text ist ${text.length} Zeichen lang, erlaubt sind ${max}. Bitte kürzen; gelesen wurden die ersten ${max} Zeichen.`,
        text.slice(0, max),
      );
};

/**
 * Reads one cell as a value of the given type. Empty is null ("" for text, false for ja/nein).
 * Anything unreadable is an EINGABE-* issue and null – never a silent 0.
 */
export const readCellValue = (
  type: ValueType,
  raw: CellValue,
  choices?: ChoiceListKey,
  /** The workbook's programme: an example choice is named in its words. */
  programmeId?: string,
): ReadValue => {
  const empty = raw === null || (typeof raw === "string" && raw.trim() === "");
  // Text keeps what was typed, spaces included, so a written filing reads back unchanged.
  if (type === "text" || type === "longText") return raw === null ? { value: "" } : readText(type, raw);
  if (type === "boolean" && empty) return { value: false };
  if (empty || raw === null) return { value: null };
  if (typeof raw === "object" && !(raw instanceof Date)) {
    const ruleId: InputRuleId =
      type === "amount" || type === "signedAmount"
        ? "EINGABE-BETRAG"
        : type === "date"
          ? "EINGABE-DATUM"
          : type === "choice" || type === "boolean"
            ? "EINGABE-AUSWAHL"
            : "EINGABE-ZAHL";
    return fail(
      ruleId,
      `Die Zelle zeigt den Fehler ${raw.error}. Bitte den Wert oder die Formel korrigieren.`,
    );
  }
  switch (type) {
    case "amount":
    case "signedAmount":
      return readAmountCell(raw);
    case "date":
      return readDate(raw);
    case "percent":
    case "integer":
    case "number":
      return raw instanceof Date || typeof raw === "boolean"
        ? fail("EINGABE-ZAHL", `„${shown(raw)}“ ist keine Zahl. Bitte eine Zahl eintragen.`)
        : readNumber(type, raw);
    case "boolean":
    case "choice": {
      const list = choices ?? "jaNein";
      const value = raw instanceof Date ? undefined : parseChoice(list, raw);
      if (value !== undefined) return { value };
      const option = CHOICE_LISTS[list].options[0];
      const first = option ? (programmeId ? optionLabel(option, programmeId) : option.label) : "";
      return fail(
        "EINGABE-AUSWAHL",
        `„${shown(raw)}“ steht nicht in der Auswahlliste „${CHOICE_LISTS[list].title}“. Bitte einen Eintrag der Liste wählen, z. B. „${first}“.`,
      );
    }
  }
};
