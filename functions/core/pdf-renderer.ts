/** Prints workbooks to PDF; core owns the interface, functions/render implements it with LibreOffice. */
export interface PdfRenderer {
  /** False where no LibreOffice is installed (the plain Lambda runtime): the PDF routes answer 503. */
  available(): Promise<boolean>;
  /** Every file in one go (file name → PDF); names must be unique and end in .xlsx. */
  xlsxToPdf(files: readonly { name: string; content: Uint8Array }[]): Promise<Map<string, Uint8Array>>;
  pageCount(pdf: Uint8Array): Promise<number>;
  merge(pdfs: readonly Uint8Array[]): Promise<Uint8Array>;
}
