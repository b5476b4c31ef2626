/** A1-style addresses: the xlsx layer's only arithmetic on places. */
export interface CellPos {
  row: number;
  col: number;
}

export const columnLetter = (col: number): string => {
  let n = col;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
};

export const columnNumber = (letters: string): number => {
  // A loop, not spread + reduce: the workbook reader calls this once per cell.
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0xdf) - 64;
  return n;
};

export const parseAddress = (address: string): CellPos => {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`Keine Zelladresse: ${address}`);
  return { col: columnNumber(match[1]!), row: Number(match[2]) };
};

export const toAddress = (pos: CellPos): string => `${columnLetter(pos.col)}${pos.row}`;

/** "A4:F12" → corners. */
export const parseRange = (range: string): { top: CellPos; bottom: CellPos } => {
  const [a, b] = range.split(":");
  const top = parseAddress(a ?? "");
  return { top, bottom: b ? parseAddress(b) : top };
};

/** Splits "'2.3 Lösungsansätze'!$A$5" (or "Blatt!A5") into sheet name and plain address. */
export const splitSheetRef = (ref: string): { sheet: string; address: string } | undefined => {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return undefined;
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: ref.slice(bang + 1).replace(/\$/g, "") };
};
