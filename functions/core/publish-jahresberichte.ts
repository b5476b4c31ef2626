import type { JahresberichtFiling } from "../../shared/filing/filing";
import { jahresberichtPublication, yearPublication } from "../../shared/publish/year-publication";
import type { PdfRenderer } from "./pdf-renderer";

/** The publishable PDF of one Jahresbericht. */
export const publishJahresbericht = (
  filing: JahresberichtFiling,
  renderer: PdfRenderer,
): Promise<Uint8Array> => renderer.render(jahresberichtPublication(filing));

/** All districts' publishable Jahresberichte of a year in one PDF: cover, contents, reports. */
export const publishYear = (
  programmeId: string,
  year: number,
  filings: readonly JahresberichtFiling[],
  renderer: PdfRenderer,
): Promise<Uint8Array> => renderer.render(yearPublication(programmeId, year, filings));
