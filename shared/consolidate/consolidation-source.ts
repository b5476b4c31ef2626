import type { FilingKind } from "../domain/filing-kinds";
import type { ContentItem, OverviewItem } from "./consolidation-items";

/**
 * Where the consolidated workbook's data comes from, page by page: the API reads DynamoDB (heads by
 * query, versions and audit entries by batch reads); the task pane would fetch the API's pages. A
 * page is whatever the source reads at once; nothing here needs more than one page in memory.
 */
export interface ConsolidationSource {
  programmeId: string;
  year: number;
  /** Every expected or stored filing of the year, missing ones included, in a stable order. */
  overview(): AsyncIterable<OverviewItem[]>;
  /** Stored filings of the year before (for the comparison; only Jahresberichte are used). */
  previousYear(): AsyncIterable<OverviewItem[]>;
  /**
   * The latest version of each stored filing (of one kind), with comments when asked for and, for a
   * Verwendungsnachweis, its payments and Prüfvermerk (`pruefung`) when asked for.
   */
  contents(query: { kind?: FilingKind; comments: boolean; pruefung?: boolean }): AsyncIterable<ContentItem[]>;
}
