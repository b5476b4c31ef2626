/**
 * Why an upload was refused before it was read: `too-large` (a bound of XLSX_LIMITS was passed –
 * the API answers 413) or `unreadable` (no zip, or one that contradicts itself – 422). The message
 * is German and names the bound, never the file's content.
 */
export class XlsxRefusedError extends Error {
  constructor(
    readonly reason: "too-large" | "unreadable",
    message: string,
  ) {
    super(message);
    this.name = "XlsxRefusedError";
  }
}

export const tooLarge = (what: string) =>
  new XlsxRefusedError(
    "too-large",
    `Die Arbeitsmappe ist zu groß: ${what}. Bitte nur die Vorlage des Förderberichts mit den eigenen Angaben hochladen (ohne zusätzliche große Blätter, Bilder oder Formatierungen ganzer Spalten).`,
  );

export const unreadable = (why: string) =>
  new XlsxRefusedError(
    "unreadable",
    `Die Datei ist keine lesbare Excel-Arbeitsmappe (.xlsx): ${why}. Bitte die Datei in Excel öffnen und im Format .xlsx speichern.`,
  );
