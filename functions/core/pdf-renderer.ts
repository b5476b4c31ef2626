import type { PublicationDocument } from "../../shared/publish/publication-document";

/**
 * Prints a publication to PDF; core owns the interface, functions/render implements it in
 * JavaScript (pdfmake, fonts in the bundle), so it runs in the plain Node.js Lambda runtime.
 */
export interface PdfRenderer {
  render(document: PublicationDocument): Promise<Uint8Array>;
}
