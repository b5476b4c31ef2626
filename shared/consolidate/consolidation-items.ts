import { REVIEW_ACTIONS, type FilingStatus, type ReviewAction } from "../domain/lifecycle";
import { actionLabel } from "../programme/lifecycle-words";
import type { Filing, FilingKind, FilingMeta } from "../filing/filing";
import type { Finding } from "../rules/finding";
import type { Finanzierungsart } from "../programme/pruefung-params";
import type { Pruefvermerk } from "../pruefung/pruefvermerk";
import type { ZahlungsStand } from "../pruefung/rueckforderung-stand";
import type { FilingAmounts } from "./filing-amounts";

/**
 * What the consolidated sheets are built from – plain data, the same whether the API reads it from
 * DynamoDB or the task pane fetches it page by page.
 */

/** One expected or stored filing of the year: a row of the overview (status null = missing). */
export interface OverviewItem {
  filingId: string;
  kind: FilingKind;
  meta: FilingMeta;
  status: FilingStatus | null;
  version: number | null;
  dueDate: string;
  overdue: boolean;
  findingCounts: { fehler: number; warnung: number; hinweis: number } | null;
  amounts: FilingAmounts | null;
  /** Granted by contract (`zuschuesse` of the year's parameters), in cents; null when not configured. */
  zuschussBewilligt: number | null;
}

/** A review comment with the review it belongs to. */
export interface CommentItem {
  version: number;
  at: string;
  byName: string;
  action: string;
  label?: string;
  cell?: string;
  text: string;
}

/** One stored version with its findings and the comments made on the filing. */
export interface ContentItem {
  filingId: string;
  version: number;
  filing: Filing;
  findings: Finding[];
  comments: CommentItem[];
  /** A Verwendungsnachweis' payments and Prüfvermerk, when the sheet „Rückforderungen“ asks for them. */
  pruefung?: PruefungItem;
}

/** What the sheet „Rückforderungen“ reads of a Verwendungsnachweis besides its form. */
export interface PruefungItem {
  finanzierungsart: Finanzierungsart;
  /** The payments as the filing detail shows them (shared/pruefung/rueckforderung-stand.ts). */
  stand: ZahlungsStand;
  /** The Prüfvermerk of the latest version, if written. */
  pruefvermerk: Pruefvermerk | undefined;
}

export interface ConsolidationOptions {
  /**
   * The web app's address: each row links to `<linkBase>/#vorgang=<id>&version=<n>`, which a
   * signed-in user can open (see link-cell.ts); without it the row names the version as text.
   */
  linkBase?: string;
}

/** The German label of an audit action in the programme's words; „einreichen“ is its own label. */
export const auditActionLabel = (action: string, programmeId: string): string =>
  action in REVIEW_ACTIONS ? actionLabel(programmeId, action as ReviewAction) : action;

/** A comment of a review as the store (audit entry) or the API (filing detail) has it, as a row item. */
export const toCommentItem = (
  programmeId: string,
  c: {
    version: number;
    at: string;
    by: { name: string };
    action: string;
    text: string;
    label?: string | undefined;
    cell?: string | undefined;
  },
): CommentItem => ({
  version: c.version,
  at: c.at,
  byName: c.by.name,
  // The sheet is read by people: „zurückgeben“, not the id „zurueckgeben“.
  action: auditActionLabel(c.action, programmeId),
  text: c.text,
  ...(c.label !== undefined && { label: c.label }),
  ...(c.cell !== undefined && { cell: c.cell }),
});

/** The overview's order: Träger, kind, district – the order the store lists a year's heads in. */
export const overviewOrderKey = (x: {
  kind: string;
  meta: { traegerId: string; districtId: string };
}): string => `${x.meta.traegerId}#${x.kind}#${x.meta.districtId}`;
