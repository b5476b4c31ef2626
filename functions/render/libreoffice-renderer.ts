import type { PdfRenderer } from "../core/pdf-renderer";
import { convertWithLibreOffice, findSoffice } from "./convert-with-libreoffice";
import { mergePdfs, pdfPageCount } from "./pdf-tools";

/**
 * PDFs printed by headless LibreOffice (one soffice call for all files of a request, de-DE) and put
 * together by poppler. Needs both installed: locally, in the CLI, or in a container image – not in
 * the plain Node.js Lambda runtime (see README, "PDF in AWS").
 */
export const libreOfficeRenderer = (): PdfRenderer => ({
  available: async () => (await findSoffice()) !== null,
  xlsxToPdf: async (files) => {
    const out = await convertWithLibreOffice(files, { format: "pdf", locale: "de-DE", timeoutMs: 300_000 });
    return new Map([...out].map(([name, pdf]) => [name, new Uint8Array(pdf)]));
  },
  pageCount: pdfPageCount,
  merge: mergePdfs,
});
