/**
 * Text written into a cell must stay text: Excel reads what Office.js writes like typed input, in
 * the user's locale – "=…", "+…", "-…", "@…" as a formula, "1.234" as 1234 in a German Excel,
 * "2025-01-01" or "31.12.2025" as a date, "5 %" as a number. An apostrophe in front keeps the text as
 * it is (Excel does not show it). Used for every text the add-in writes: a template's labels, a
 * stored version's answers, a consolidated workbook's cells.
 */
const RISKY_TEXT = /^[=+\-@']|^\s*[+-]?[\d.,]+\s*%?\s*$|^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$/;

export const officeText = (text: string): string => (RISKY_TEXT.test(text) ? `'${text}` : text);
