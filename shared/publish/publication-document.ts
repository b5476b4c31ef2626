import type { Block } from "./report-blocks";

/** One report in a publication; `id` anchors it for the contents' page numbers. */
export interface PublicationPart {
  id: string;
  blocks: readonly Block[];
}

/** The table of contents on the front pages: one row per part, the page number added by the renderer. */
export interface PublicationContents {
  headers: readonly string[];
  /** Column widths in parts of the page, the page number column included. */
  spans: readonly number[];
  rows: readonly { partId: string; cells: readonly string[] }[];
}

/**
 * What a publication PDF shows, independent of how it is printed: the publishable Jahresbericht of
 * one district (one part), or a year's reports behind a cover with contents. Renderers turn it into
 * pages; every text comes from shared/ (labels, Stammdaten), never from the renderer.
 */
export interface PublicationDocument {
  /** PDF document title (metadata). */
  title: string;
  /** Small line at the top of every page. */
  header: string;
  /** Left of the footer; the renderer adds „Seite n von m“ on the right. */
  footer: string;
  front?: { blocks: readonly Block[]; contents: PublicationContents };
  /** Each part starts on a new page. */
  parts: readonly PublicationPart[];
}

export const PAGE_LABEL = (page: number, pages: number) => `Seite ${page} von ${pages}`;
