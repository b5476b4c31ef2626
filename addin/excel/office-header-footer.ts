/**
 * Splits Excel's header/footer code ("&L…&R…") into the left, centre and right parts Office.js sets
 * one by one. The codes inside a part (&P, &N, &A, fonts, "&&") stay as they are.
 */
export const headerFooterParts = (code: string): { left: string; center: string; right: string } => {
  const parts = { left: "", center: "", right: "" };
  let current: keyof typeof parts = "center";
  // "&&" is a literal ampersand, so only a single & followed by L, C or R switches the part.
  for (const piece of code.split(/(?<!&)(&[LCR])/)) {
    if (piece === "&L") current = "left";
    else if (piece === "&C") current = "center";
    else if (piece === "&R") current = "right";
    else parts[current] += piece;
  }
  return parts;
};
