import { eurosToCents, type Cents } from "./cents";

export type AmountResult = { ok: true; cents: Cents | null } | { ok: false; error: string };

// German notation only: 1234 · 1234,5 · 1.234,56 · 1 234,56. A lone dot is a thousands separator,
// so "1234.56" is not read as an English decimal – it is rejected rather than guessed. One kind of
// thousands separator per amount: "1.234 567" is ambiguous and rejected.
const GERMAN_AMOUNT = /^(\d{1,3}([.\u00a0\u202f ])\d{3}(?:\2\d{3})*|\d+)(?:,(\d{1,2}))?$/;

// The currency may lead or trail ("€ 12", "12 €", "12 EUR"), never sit inside a number ("12 € 34").
const CURRENCY = /^(?:€|EUR)\s*|\s*(?:€|EUR)$/gi;

/** Reads text a user typed in German format: `1.234,56`, `1.234,56 €`, `€ 1234`. Empty → null. */
export const parseGermanAmount = (text: string): AmountResult => {
  const trimmed = text.trim().replace(CURRENCY, "").trim();
  if (trimmed === "") return { ok: true, cents: null };
  if (/^[-−–]/.test(trimmed))
    return { ok: false, error: `„${text.trim()}“ ist negativ; Beträge dürfen nicht negativ sein.` };
  const match = GERMAN_AMOUNT.exec(trimmed);
  if (!match) {
    return {
      ok: false,
      error: `„${text.trim()}“ ist kein Betrag. Bitte eine Zahl eingeben, z. B. 1.234,56.`,
    };
  }
  const euros = (match[1] ?? "0").replace(/[.\u00a0\u202f ]/g, "");
  const fraction = (match[3] ?? "").padEnd(2, "0");
  const cents = Number(euros) * 100 + Number(fraction);
  // Past 2^53 cents a double can no longer hold every cent: reject rather than round silently.
  if (!Number.isSafeInteger(cents)) return { ok: false, error: `„${text.trim()}“ ist als Betrag zu groß.` };
  return { ok: true, cents };
};

/** Reads a number Excel handed back (an IEEE double): half-up to cents; negative is an error. */
export const parseExcelAmount = (value: number): AmountResult => {
  if (!Number.isFinite(value)) return { ok: false, error: "Der Wert ist keine gültige Zahl." };
  const cents = eurosToCents(value);
  if (cents < 0) return { ok: false, error: `${value} ist negativ; Beträge dürfen nicht negativ sein.` };
  return { ok: true, cents };
};

/**
 * Reads whatever a cell holds as an amount: a number, German text or nothing.
 * Anything else (true, a date, "abc") is an error – never a silent 0.
 */
export const readAmount = (value: unknown): AmountResult => {
  if (value === null || value === undefined) return { ok: true, cents: null };
  if (typeof value === "number") return parseExcelAmount(value);
  if (typeof value === "string") return parseGermanAmount(value);
  return { ok: false, error: "Der Inhalt ist kein Betrag. Bitte eine Zahl eingeben, z. B. 1.234,56." };
};
