/** Characters per unit of column width, roughly; on the low side so substitute fonts fit too. */
const CHARS_PER_LINE = 1.1;

/** Lines a text takes when wrapped in a column of `width`, for row heights the writer sets. */
export const textLines = (text: string, width: number): number =>
  text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / (width * CHARS_PER_LINE))), 0);

/** Points per wrapped line of 10 pt text. */
export const LINE_HEIGHT = 13;
